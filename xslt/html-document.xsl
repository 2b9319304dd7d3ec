<?xml version="1.0" encoding="UTF-8"?>
<!--
  One document as an article: title and summary, the reading switch, the text beside the
  metadata panel (with a ready-to-copy citation), the notes, and the names it mentions.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <!-- Fields the metadata panel lists, in this order; the title heads the page instead. -->
  <xsl:variable name="tk:panel-fields" as="xs:string*" select="('author', 'date', 'archive', 'collection', 'shelfmark',
      'translator', 'editor', 'funder', 'publisher', 'licence', 'original-language', 'language', 'source', 'url', 'encoding')"/>

  <xsl:template name="tk:document">
    <xsl:param name="doc" as="element()"/>
    <xsl:param name="h-base" as="xs:integer"/>
    <!-- Ids on the page's own parts get a suffix when a teiCorpus puts several documents on it. -->
    <xsl:variable name="sfx" select="if ($h-base gt 1) then '-' || (count($doc/preceding::tei:TEI) + 1) else ''"/>
    <xsl:variable name="fields" select="tk:metadata($doc)"/>
    <xsl:variable name="lang" select="tk:doc-lang($doc)"/>
    <xsl:variable name="heading" select="'h' || $h-base"/>
    <xsl:variable name="contents" select="tk:contents-heads($doc)"/>
    <article class="tk-document" aria-labelledby="tk-title{$sfx}">
      <div class="tk-columns">
        <div class="tk-main-column">
        <header class="tk-doc-head">
          <xsl:element name="{$heading}">
            <xsl:attribute name="id" select="'tk-title' || $sfx"/>
            <xsl:attribute name="lang" select="$lang"/>
            <xsl:apply-templates select="tk:title-element($doc)/node()" mode="tk:html">
              <xsl:with-param name="phrasing" select="true()" tunnel="yes"/>
              <xsl:with-param name="anchors" select="false()" tunnel="yes"/>
            </xsl:apply-templates>
            <xsl:if test="empty(tk:title-element($doc))">Untitled document</xsl:if>
          </xsl:element>
          <xsl:for-each select="$fields[?key = 'subtitle']">
            <p class="tk-subtitle" lang="{$lang}"><xsl:value-of select="?value"/></p>
          </xsl:for-each>
          <xsl:for-each select="$fields[?key = 'date']">
            <p class="tk-doc-date"><xsl:value-of select="?value"/></p>
          </xsl:for-each>
          <xsl:for-each select="$doc/tei:teiHeader/tei:profileDesc/tei:abstract[normalize-space()]">
            <div class="tk-summary">
              <p class="tk-label">Summary</p>
              <xsl:apply-templates select="node()" mode="tk:html">
                <xsl:with-param name="anchors" select="false()" tunnel="yes"/>
              </xsl:apply-templates>
            </div>
          </xsl:for-each>
          <xsl:if test="$doc/tei:text//*[self::tei:choice or self::tei:corr or self::tei:expan or self::tei:reg
              or (@rend and contains-token(@rend, 'brackets'))]">
          <div class="tk-toolbar" hidden="">
            <span class="tk-label" id="tk-reading-label{$sfx}">Reading</span>
            <span class="tk-switch" role="group" aria-labelledby="tk-reading-label{$sfx}">
              <button type="button" class="tk-reading" data-reading="normalised" aria-pressed="true"
                  title="Corrections applied, editorial brackets folded">Normalised</button>
              <button type="button" class="tk-reading" data-reading="diplomatic" aria-pressed="false"
                  title="As transmitted: slips and the editor's brackets shown">Diplomatic</button>
            </span>
          </div>
          </xsl:if>
        </header>
        <xsl:if test="count($contents) ge 2">
          <nav class="tk-toc" aria-labelledby="tk-toc-h{$sfx}">
            <xsl:element name="h{$h-base + 1}">
              <xsl:attribute name="id" select="'tk-toc-h' || $sfx"/>
              <xsl:text>Contents</xsl:text>
            </xsl:element>
            <ol>
              <xsl:for-each select="$contents">
                <xsl:variable name="depth" select="count(ancestor::*[tei:head][local-name() = ('div', 'div1', 'div2', 'div3', 'div4',
                    'div5', 'div6', 'div7', 'castList', 'front', 'back', 'group')])"/>
                <li class="tk-toc-{min((4, max((1, $depth))))}"><a href="#{tk:head-anchor(., position())}"><xsl:value-of select="tk:plain(., 'normalised')"/></a></li>
              </xsl:for-each>
            </ol>
          </nav>
        </xsl:if>
        <div class="tk-text" id="tk-text{$sfx}" lang="{$lang}">
          <xsl:apply-templates select="($doc/tei:text, $doc[not(tei:text)]/*[not(self::tei:teiHeader)])" mode="tk:html">
            <xsl:with-param name="h-base" select="$h-base" tunnel="yes"/>
            <xsl:with-param name="register" select="if ($site) then map:merge($tk:register-order ! map{ .: $tk:registers(.)?page }) else map{}"
                tunnel="yes"/>
            <!-- Each speech's place among the document's speeches, for its anchor: counted once here, not per speech. -->
            <xsl:with-param name="speeches" select="map:merge($doc//tei:sp ! map{ generate-id(.): position() })" tunnel="yes"/>
            <xsl:with-param name="contents" select="map:merge($contents ! map{ generate-id(.): position() })" tunnel="yes"/>
          </xsl:apply-templates>
        </div>
        </div>
        <xsl:call-template name="tk:metadata-panel">
          <xsl:with-param name="fields" select="$fields"/>
          <xsl:with-param name="sfx" select="$sfx"/>
          <xsl:with-param name="h-base" select="$h-base"/>
        </xsl:call-template>
      </div>
      <xsl:call-template name="tk:notes">
        <xsl:with-param name="doc" select="$doc"/>
        <xsl:with-param name="sfx" select="$sfx"/>
        <xsl:with-param name="h-base" select="$h-base"/>
      </xsl:call-template>
      <xsl:call-template name="tk:document-register">
        <xsl:with-param name="doc" select="$doc"/>
        <xsl:with-param name="site" select="$site"/>
      </xsl:call-template>
    </article>
  </xsl:template>

  <xsl:template name="tk:metadata-panel">
    <xsl:param name="fields" as="map(*)*"/>
    <xsl:param name="sfx" as="xs:string"/>
    <xsl:param name="h-base" as="xs:integer"/>
    <aside class="tk-meta" aria-labelledby="tk-meta-h{$sfx}">
      <xsl:element name="h{$h-base + 1}">
        <xsl:attribute name="id" select="'tk-meta-h' || $sfx"/>
        <xsl:text>About this document</xsl:text>
      </xsl:element>
      <dl>
        <xsl:for-each select="$tk:panel-fields">
          <xsl:variable name="key" select="."/>
          <xsl:for-each select="$fields[?key = $key]">
            <dt><xsl:value-of select="?label"/></dt>
            <dd>
              <xsl:choose>
                <xsl:when test="?href"><a href="{?href}"><xsl:value-of select="?value"/></a></xsl:when>
                <xsl:otherwise><xsl:value-of select="?value"/></xsl:otherwise>
              </xsl:choose>
              <xsl:if test="?iso and ?iso != ?value">
                <span class="tk-iso"><xsl:value-of select="' (' || ?iso || ')'"/></span>
              </xsl:if>
            </dd>
          </xsl:for-each>
        </xsl:for-each>
      </dl>
      <xsl:for-each select="$fields[?key = 'citation']">
        <xsl:element name="h{$h-base + 2}">
          <xsl:attribute name="id" select="'tk-cite-h' || $sfx"/>
          <xsl:text>Cite this document</xsl:text>
        </xsl:element>
        <p class="tk-citation" id="tk-citation{$sfx}"><xsl:value-of select="?value"/></p>
        <button type="button" class="tk-copy" data-copy="tk-citation{$sfx}" hidden="">Copy citation</button>
      </xsl:for-each>
    </aside>
  </xsl:template>

  <xsl:template name="tk:notes">
    <xsl:param name="doc" as="element()"/>
    <xsl:param name="sfx" as="xs:string"/>
    <xsl:param name="h-base" as="xs:integer"/>
    <xsl:variable name="notes" select="$doc//tei:note[tk:is-endnote(.)]"/>
    <xsl:if test="$notes">
      <section class="tk-notes" aria-labelledby="tk-notes-h{$sfx}">
        <xsl:element name="h{$h-base + 1}">
          <xsl:attribute name="id" select="'tk-notes-h' || $sfx"/>
          <xsl:text>Notes</xsl:text>
        </xsl:element>
        <ol class="tk-notelist">
          <xsl:for-each select="$notes">
            <li id="{tk:note-id(.)}" lang="{tk:doc-lang($doc)}">
              <xsl:if test="not(tk:note-carries-marker(.))">
                <span class="tk-note-n"><xsl:value-of select="tk:note-number(.)"/></span>
                <xsl:text> </xsl:text>
              </xsl:if>
              <xsl:apply-templates select="node()" mode="tk:html"/>
              <xsl:if test="exists(tk:note-anchor(.)) or tk:in-running-text(.) or not(tk:is-block(.))">
                <xsl:text> </xsl:text>
                <a class="tk-backref" href="#{tk:note-ref-id(.)}" aria-label="Back to the call of note {tk:note-number(.)}">↩</a>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
