<?xml version="1.0" encoding="UTF-8"?>
<!--
  The corpus pages: the index of documents and the three registers.
  Input: the parameter "data", a JSON object that teikit assembles from the documents' summaries.
    For tk:index:    { documents: [ { page, title, date, iso, sort, summary, source, names: [..], validity, authors: [..], type } ],
                       total, rowsPerPiece, authors: [..], types: [..] }  (the first rows in site order; the rest in data/docs-N.js)
    For tk:register: { part, parts: [ { page, first, last } ],
                       entries: [ entry + { total, documentCount, mentionsPage,
                                  documents: [ { page, title, date, mentions: [ { anchor, text, before, after } ] } ] } ] }
      in register order. part 0 is the register's own page; when its mentions are too many for one
      page, parts lists the pages they are split into, and each entry there names its part
      (mentionsPage) instead of listing its documents.
  Initial templates: tk:index, and tk:register with the parameter kind.
  A module of html.xsl (which holds the page frame and the registers' shared parts), so that a
  customisation of html.xsl reaches these pages too.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:teikit"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    exclude-result-prefixes="#all">

  <xsl:variable name="model" select="if (exists($data-model)) then $data-model else parse-json($data)"/>

  <!-- ===== index.html ===== -->

  <xsl:template name="tk:index">
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="'Documents'"/>
      <xsl:with-param name="page-class" select="'tk-index-page'"/>
      <xsl:with-param name="current" select="'index'"/>
      <xsl:with-param name="subject" select="'index'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The corpus pages' main element is written in place, as a document page's is (see tk:page):
       the subject names the page, 'index' or a register's kind. -->
  <xsl:template match=".[. instance of xs:string][. eq 'index']" mode="tk:main">
    <xsl:variable name="documents" select="$model?documents?*"/>
    <xsl:variable name="total" select="xs:integer(($model?total, count($documents))[1])"/>
    <xsl:variable name="per" select="xs:integer(($model?rowsPerPiece, count($documents))[1])"/>
    <h1>Documents</h1>
    <div class="tk-search" role="search">
      <label for="tk-search">Search the texts, titles and names</label>
      <input type="search" id="tk-search" autocomplete="off" aria-controls="tk-docs" aria-describedby="tk-count"/>
      <div class="tk-filters" hidden="">
        <xsl:if test="exists($model?authors?*)">
          <label for="tk-author">Author</label>
          <select id="tk-author" aria-controls="tk-docs">
            <option value="">All authors</option>
            <xsl:for-each select="$model?authors?*"><option value="{.}"><xsl:value-of select="."/></option></xsl:for-each>
          </select>
        </xsl:if>
        <xsl:if test="exists($model?types?*)">
          <label for="tk-type">Type</label>
          <select id="tk-type" aria-controls="tk-docs">
            <option value="">All types</option>
            <xsl:for-each select="$model?types?*"><option value="{.}"><xsl:value-of select="."/></option></xsl:for-each>
          </select>
        </xsl:if>
        <label for="tk-from">From year</label>
        <input type="number" id="tk-from" inputmode="numeric" aria-controls="tk-docs"/>
        <label for="tk-to">to</label>
        <input type="number" id="tk-to" inputmode="numeric" aria-controls="tk-docs"/>
      </div>
      <p class="tk-count" id="tk-count" aria-live="polite">
        <xsl:value-of select="tk:count($total, 'document')"/>
        <xsl:if test="$total gt count($documents)">
          <xsl:value-of select="'; the first ' || count($documents) || ' are listed here, the rest as you search or page on'"/>
        </xsl:if>
      </p>
    </div>
    <table class="tk-docs" id="tk-docs" data-total="{$total}" data-rows="{$per}">
      <thead>
        <tr>
          <th scope="col" aria-sort="ascending"><button type="button" class="tk-sort" data-sort="sort">Date</button></th>
          <th scope="col"><button type="button" class="tk-sort" data-sort="title">Title</button></th>
          <th scope="col"><button type="button" class="tk-sort" data-sort="author">Author</button></th>
          <th scope="col">Type</th>
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
            <td class="tk-author"><xsl:value-of select="string-join(?authors?*, '; ')"/></td>
            <td class="tk-type"><xsl:value-of select="?type"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <p class="tk-more-line"><button type="button" id="tk-more" class="tk-more" hidden="">Show more</button></p>
    <!-- The first rows as data for the script; the others are in data/docs-N.js. "<" escaped so that no title can end the script element. -->
    <script type="application/json" id="tk-index">
      <xsl:value-of select="replace(serialize(array{ $documents }, map{ 'method': 'json' }), '&lt;', '\\u003c')"/>
    </script>
  </xsl:template>

  <!-- ===== persons.html, places.html, organisations.html ===== -->

  <xsl:template name="tk:register">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="tk:register-title($kind)"/>
      <xsl:with-param name="page-class" select="'tk-register-page'"/>
      <xsl:with-param name="current" select="$kind"/>
      <xsl:with-param name="subject" select="$kind"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match=".[. instance of xs:string][. ne 'index']" mode="tk:main">
    <xsl:variable name="kind" select="."/>
    <xsl:variable name="register" select="$tk:registers($kind)"/>
    <xsl:variable name="entries" select="$model?entries?*"/>
    <xsl:variable name="part" select="xs:integer($model?part)"/>
    <xsl:variable name="parts" select="$model?parts?*"/>
    <xsl:variable name="title" select="tk:register-title($kind)"/>
    <h1><xsl:value-of select="$title"/></h1>
    <p class="tk-count">
      <xsl:value-of select="if ($part eq 0) then tk:count(count($entries), $register?one)
              || (if ($kind = 'cast') then ' who speak in the plays of the corpus' else ' mentioned in the corpus')
          else 'Mentions in context, part ' || $part || ' of ' || count($parts) || ': ' || tk:count(count($entries), $register?one)"/>
    </p>
    <xsl:if test="exists($parts)">
      <xsl:call-template name="tk:register-parts">
        <xsl:with-param name="register" select="$register"/>
        <xsl:with-param name="parts" select="$parts"/>
        <xsl:with-param name="part" select="$part"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="exists($entries[?grouped = 'name'])">
      <p class="tk-grouped-note">
        <xsl:variable name="n" select="count($entries[?grouped = 'name'])"/>
        <xsl:value-of select="if ($n = 1) then '1 entry here is' else $n || ' entries here are'"/>
        <xsl:text> grouped by name: the files tag these names without pointing at a register entry, so each spelling (folded for case, accents and spacing) makes one entry.</xsl:text>
      </p>
    </xsl:if>
    <!-- Characters are grouped by their play; everyone else by initial. -->
    <xsl:variable name="groups" select="distinct-values($entries ! tk:register-group(., $kind))"/>
    <xsl:if test="count($groups) gt 1">
      <nav aria-label="{$register?title} by {if ($kind = 'cast') then 'play' else 'initial'}">
        <ul class="tk-letters{if ($kind = 'cast') then ' tk-plays' else ''}">
          <xsl:for-each select="$groups">
            <li><a href="#tk-initial-{position()}"><xsl:value-of select="."/></a></li>
          </xsl:for-each>
        </ul>
      </nav>
    </xsl:if>
    <xsl:for-each-group select="$entries" group-adjacent="tk:register-group(., $kind)">
      <section aria-labelledby="tk-initial-{position()}">
        <h2 id="tk-initial-{position()}"><xsl:value-of select="current-grouping-key()"/></h2>
        <xsl:for-each select="current-group()">
          <xsl:call-template name="tk:register-entry">
            <xsl:with-param name="entry" select="."/>
          </xsl:call-template>
        </xsl:for-each>
      </section>
    </xsl:for-each-group>
  </xsl:template>

  <!-- A register page's title: the register's, and the names a part runs from and to. -->
  <xsl:function name="tk:register-title" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="register" select="$tk:registers($kind)"/>
    <xsl:variable name="part" select="xs:integer($model?part)"/>
    <xsl:sequence select="if ($part eq 0) then $register?title
        else $register?title || ': ' || tk:part-label($model?parts?*[$part])"/>
  </xsl:function>

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

  <xsl:function name="tk:register-group" as="xs:string">
    <xsl:param name="entry" as="map(*)"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="if ($kind = 'cast' and $entry?group[.]) then $entry?group else tk:initial($entry?sort)"/>
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
      <xsl:if test="$entry?grouped = 'name'"><p class="tk-grouped">Grouped by name: no register entry in the files.</p></xsl:if>
      <xsl:variable name="counts" select="if ($entry?kind = 'cast')
          then (if (xs:integer($entry?total) = 1) then '1 speech' else $entry?total || ' speeches')
          else tk:count(xs:integer($entry?total), 'mention') || ' in ' || tk:count(xs:integer($entry?documentCount), 'document')"/>
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
              <xsl:value-of select="', ' || (if ($entry?kind = 'cast') then (if (array:size(?mentions) = 1) then '1 speech' else array:size(?mentions) || ' speeches')
                  else tk:count(array:size(?mentions), 'mention'))"/>
              <xsl:choose>
                <!-- A character's speeches: linked by number, as a play has too many to quote. -->
                <xsl:when test="$entry?kind = 'cast'">
                  <p class="tk-kwic tk-speeches">
                    <xsl:for-each select="?mentions?*">
                      <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
                      <a href="{$doc?page}#{?anchor}" aria-label="speech {position()}"><xsl:value-of select="position()"/></a>
                    </xsl:for-each>
                  </p>
                </xsl:when>
                <xsl:otherwise>
              <ul class="tk-kwic">
                <xsl:for-each select="?mentions?*">
                  <li>
                    <a href="{$doc?page}#{?anchor}">
                      <xsl:value-of select="?before"/><mark><xsl:value-of select="?text"/></mark><xsl:value-of select="?after"/>
                    </a>
                  </li>
                </xsl:for-each>
              </ul>
                </xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </div>
  </xsl:template>

</xsl:stylesheet>
