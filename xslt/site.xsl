<?xml version="1.0" encoding="UTF-8"?>
<!--
  The corpus pages: the index of documents and the three registers.
  Input: the parameter "data", a JSON object that teikit assembles from the documents' summaries.
    For tk:index:    { documents: [ { page, title, date, iso, sort, summary, source, names: [..] } ] }  (in date order)
    For tk:register: { part, parts: [ { page, first, last } ],
                       entries: [ entry + { total, documentCount, mentionsPage,
                                  documents: [ { page, title, date, mentions: [ { anchor, text, before, after } ] } ] } ] }
      in register order. part 0 is the register's own page; when its mentions are too many for one
      page, parts lists the pages they are split into, and each entry there names its part
      (mentionsPage) instead of listing its documents.
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
                  <xsl:if test="?validity = 'invalid'"><xsl:text> </xsl:text><span class="tk-badge tk-flag-invalid">not valid TEI</span></xsl:if>
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
    <xsl:variable name="entries" select="$model?entries?*"/>
    <xsl:variable name="part" select="xs:integer($model?part)"/>
    <xsl:variable name="parts" select="$model?parts?*"/>
    <xsl:variable name="title" select="if ($part eq 0) then $register?title
        else $register?title || ': ' || tk:part-label($parts[$part])"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="page-class" select="'tk-register-page'"/>
      <xsl:with-param name="current" select="$kind"/>
      <xsl:with-param name="content" as="node()*">
        <h1><xsl:value-of select="$title"/></h1>
        <p class="tk-count">
          <xsl:value-of select="if ($part eq 0) then tk:count(count($entries), $register?one) || ' mentioned in the corpus'
              else 'Mentions in context, part ' || $part || ' of ' || count($parts) || ': ' || tk:count(count($entries), $register?one)"/>
        </p>
        <xsl:if test="exists($parts)">
          <xsl:call-template name="tk:register-parts">
            <xsl:with-param name="register" select="$register"/>
            <xsl:with-param name="parts" select="$parts"/>
            <xsl:with-param name="part" select="$part"/>
          </xsl:call-template>
        </xsl:if>
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

  <!-- The pages a large register's mentions are split into, by the names they run from and to. -->
  <xsl:template name="tk:register-parts">
    <xsl:param name="register" as="map(*)"/>
    <xsl:param name="parts" as="map(*)*"/>
    <xsl:param name="part" as="xs:integer"/>
    <nav class="tk-parts" aria-label="{$register?title}: mentions in context, by part">
      <ul>
        <li>
          <a href="{$register?page}">
            <xsl:if test="$part eq 0"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
            <xsl:value-of select="'All ' || tk:lower-case($register?title)"/>
          </a>
        </li>
        <xsl:for-each select="$parts">
          <li>
            <a href="{?page}">
              <xsl:if test="position() eq $part"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
              <xsl:value-of select="tk:part-label(.)"/>
            </a>
          </li>
        </xsl:for-each>
      </ul>
    </nav>
  </xsl:template>

  <xsl:function name="tk:part-label" as="xs:string">
    <xsl:param name="part" as="map(*)"/>
    <xsl:sequence select="if ($part?first eq $part?last) then $part?first else $part?first || ' – ' || $part?last"/>
  </xsl:function>

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
      <xsl:variable name="counts" select="tk:count(xs:integer($entry?total), 'mention') || ' in ' || tk:count(xs:integer($entry?documentCount), 'document')"/>
      <p class="tk-mentions">
        <xsl:choose>
          <xsl:when test="$entry?mentionsPage[.]"><a href="{$entry?mentionsPage}#{$entry?id}"><xsl:value-of select="$counts"/></a></xsl:when>
          <xsl:otherwise><xsl:value-of select="$counts"/></xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:if test="array:size($entry?documents) gt 0">
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
      </xsl:if>
    </div>
  </xsl:template>

</xsl:stylesheet>
