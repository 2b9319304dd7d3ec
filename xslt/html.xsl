<?xml version="1.0" encoding="UTF-8"?>
<!--
  The reading edition of one TEI document (or of each document of a teiCorpus) as one HTML page,
  and the index and register pages of a corpus site (site.xsl), so that one customisation serves
  every page of a site.

  Layers, lowest precedence first: html-param.xsl (imported: the parameters and the list of hooks
  a project may override), the modules included below, and a project's customisation stylesheet,
  which imports this one ("teikit:html.xsl") and so overrides any template, function or parameter.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <xsl:import href="html-param.xsl"/>

  <xsl:include href="common.xsl"/>
  <xsl:include href="reading.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="register.xsl"/>
  <xsl:include href="html-page.xsl"/>
  <xsl:include href="html-text.xsl"/>
  <xsl:include href="html-register.xsl"/>
  <xsl:include href="html-document.xsl"/>
  <xsl:include href="site.xsl"/>

  <xsl:template match="/">
    <xsl:variable name="title" select="(tk:title-element(*) ! tk:plain(., 'normalised'))[.]"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="($title, 'Untitled document')[1]"/>
      <xsl:with-param name="page-class" select="'tk-doc-page'"/>
      <xsl:with-param name="subject" select="."/>
    </xsl:call-template>
  </xsl:template>

  <!-- What a page's main element holds, written by tk:page in place (see there): for a document
       page (its document node) its flag, its document (or the documents of a teiCorpus) and the
       links to its neighbours; the index and register pages have theirs in site.xsl. -->
  <xsl:mode name="tk:main" on-no-match="fail"/>

  <xsl:template match="document-node()" mode="tk:main">
    <xsl:variable name="top" select="*"/>
    <xsl:if test="$validity != 'valid' and $validity-message">
      <p class="tk-flag tk-flag-{$validity}" role="note">
        <strong><xsl:value-of select="if ($validity = 'invalid') then 'This file is not valid TEI. ' else 'Not checked. '"/></strong>
        <xsl:value-of select="'Published as it is; ' || $validity-message"/>
      </p>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$top/self::tei:teiCorpus">
        <xsl:variable name="title" select="(tk:title-element($top) ! tk:plain(., 'normalised'))[.]"/>
        <h1><xsl:value-of select="($title, 'Untitled corpus')[1]"/></h1>
        <xsl:for-each select="$top//tei:TEI">
          <xsl:call-template name="tk:document">
            <xsl:with-param name="doc" select="."/>
            <xsl:with-param name="h-base" select="2"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tk:document">
          <xsl:with-param name="doc" select="$top"/>
          <xsl:with-param name="h-base" select="1"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$prev-href or $next-href">
      <nav class="tk-prevnext" aria-label="Previous and next document by date">
        <xsl:if test="$prev-href">
          <a class="tk-prev" rel="prev" href="{$prev-href}"><span class="tk-dir">Previous</span> <xsl:value-of select="$prev-title"/></a>
        </xsl:if>
        <xsl:if test="$next-href">
          <a class="tk-next" rel="next" href="{$next-href}"><span class="tk-dir">Next</span> <xsl:value-of select="$next-title"/></a>
        </xsl:if>
      </nav>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
