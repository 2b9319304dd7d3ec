<?xml version="1.0" encoding="UTF-8"?>
<!--
  The corpus pages: the index of documents and the three registers.
  Input: the parameter "data", a JSON object that teikit assembles from the documents' summaries:
    documents: [ { page, title, date, iso, sort, summary, source, names: [..] } ]   (in date order)
    registers: { person|place|org: [ entry + { total, documents: [ { page, title, date,
                 mentions: [ { anchor, text, before, after } ] } ] } ] }
  Initial templates: tk:index, and tk:register with the parameter kind.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:teikit"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>
  <xsl:include href="reading.xsl"/>
  <xsl:include href="register.xsl"/>
  <xsl:include href="html-page.xsl"/>
  <xsl:include href="html-register.xsl"/>

  <xsl:param name="data" as="xs:string" select="'{}'"/>
  <xsl:variable name="model" select="parse-json($data)"/>

  <!-- ===== index.html ===== -->

  <xsl:template name="tk:index">
    <xsl:variable name="documents" select="$model?documents?*"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="'Documents'"/>
      <xsl:with-param name="page-class" select="'tk-index-page'"/>
      <xsl:with-param name="current" select="'index'"/>
      <xsl:with-param name="content" as="node()*">
        <h1>Documents</h1>
        <div class="tk-search" role="search">
          <label for="tk-search">Search titles, summaries and names</label>
          <input type="search" id="tk-search" autocomplete="off" aria-controls="tk-docs" aria-describedby="tk-count"/>
          <p class="tk-count" id="tk-count" aria-live="polite"><xsl:value-of select="tk:count(count($documents), 'document')"/></p>
        </div>
        <table class="tk-docs" id="tk-docs">
          <thead>
            <tr>
              <th scope="col" aria-sort="ascending"><button type="button" class="tk-sort" data-sort="sort">Date</button></th>
              <th scope="col"><button type="button" class="tk-sort" data-sort="title">Title</button></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$documents">
              <tr data-page="{?page}" data-sort="{?sort}" data-title="{tk:lower-case(?title)}">
                <td class="tk-when">
                  <xsl:choose>
                    <xsl:when test="tk:machine-date(?iso)">
                      <time datetime="{tk:machine-date(?iso)}"><xsl:value-of select="(?date[.], ?iso)[1]"/></time>
                    </xsl:when>
                    <xsl:otherwise><xsl:value-of select="(?date[.], '—')[1]"/></xsl:otherwise>
                  </xsl:choose>
                </td>
                <td>
                  <a href="{?page}"><xsl:value-of select="?title"/></a>
                  <xsl:if test="?source[.]"><span class="tk-abstract"><xsl:value-of select="?source"/></span></xsl:if>
                  <xsl:if test="?summary[.]"><span class="tk-abstract"><xsl:value-of select="?summary"/></span></xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        <!-- The search index: "<" escaped so that no title can end the script element. -->
        <script type="application/json" id="tk-index">
          <xsl:value-of select="replace(serialize(array{ $documents ! map{
              'page': ?page, 'title': ?title, 'date': ?date, 'summary': ?summary, 'source': ?source, 'names': ?names } },
              map{ 'method': 'json' }), '&lt;', '\\u003c')"/>
        </script>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===== persons.html, places.html, organisations.html ===== -->

  <xsl:template name="tk:register">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="register" select="$tk:registers($kind)"/>
    <xsl:variable name="entries" as="map(*)*">
      <xsl:perform-sort select="$model?registers?($kind)?*">
        <xsl:sort select="?sort" lang="en"/>
        <xsl:sort select="?id"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="$register?title"/>
      <xsl:with-param name="page-class" select="'tk-register-page'"/>
      <xsl:with-param name="current" select="$kind"/>
      <xsl:with-param name="content" as="node()*">
        <h1><xsl:value-of select="$register?title"/></h1>
        <p class="tk-count"><xsl:value-of select="tk:count(count($entries), $register?one)"/> mentioned in the corpus</p>
        <xsl:variable name="initials" select="distinct-values($entries ! tk:initial(?sort))"/>
        <xsl:if test="count($initials) gt 1">
          <nav aria-label="{$register?title} by initial">
            <ul class="tk-letters">
              <xsl:for-each select="$initials">
                <li><a href="#tk-initial-{position()}"><xsl:value-of select="."/></a></li>
              </xsl:for-each>
            </ul>
          </nav>
        </xsl:if>
        <xsl:for-each-group select="$entries" group-adjacent="tk:initial(?sort)">
          <section aria-labelledby="tk-initial-{position()}">
            <h2 id="tk-initial-{position()}"><xsl:value-of select="current-grouping-key()"/></h2>
            <xsl:for-each select="current-group()">
              <xsl:call-template name="tk:register-entry">
                <xsl:with-param name="entry" select="."/>
              </xsl:call-template>
            </xsl:for-each>
          </section>
        </xsl:for-each-group>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:function name="tk:initial" as="xs:string">
    <xsl:param name="sort" as="xs:string"/>
    <xsl:variable name="first" select="tk:upper-case(substring(normalize-unicode($sort, 'NFD'), 1, 1))"/>
    <xsl:sequence select="if (matches($first, '\p{L}')) then $first else '#'"/>
  </xsl:function>

  <xsl:template name="tk:register-entry">
    <xsl:param name="entry" as="map(*)"/>
    <div class="tk-entry" id="{$entry?id}">
      <h3 class="tk-entry-name"><xsl:value-of select="$entry?name"/></h3>
      <xsl:sequence select="tk:entry-card($entry)"/>
      <p class="tk-mentions">
        <xsl:value-of select="tk:count(xs:integer($entry?total), 'mention') || ' in ' || tk:count(array:size($entry?documents), 'document')"/>
      </p>
      <ul class="tk-occurrences">
        <xsl:for-each select="$entry?documents?*">
          <xsl:variable name="doc" select="."/>
          <li>
            <a class="tk-doclink" href="{?page}"><xsl:value-of select="?title"/></a>
            <xsl:if test="?date[.]"><xsl:value-of select="' (' || ?date || ')'"/></xsl:if>
            <xsl:value-of select="', ' || tk:count(array:size(?mentions), 'mention')"/>
            <ul class="tk-kwic">
              <xsl:for-each select="?mentions?*">
                <li>
                  <a href="{$doc?page}#{?anchor}">
                    <xsl:value-of select="?before"/><mark><xsl:value-of select="?text"/></mark><xsl:value-of select="?after"/>
                  </a>
                </li>
              </xsl:for-each>
            </ul>
          </li>
        </xsl:for-each>
      </ul>
    </div>
  </xsl:template>

</xsl:stylesheet>
