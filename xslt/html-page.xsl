<?xml version="1.0" encoding="UTF-8"?>
<!--
  The frame every page shares: head with the inlined style and script (no file is fetched),
  the banner with the corpus navigation, the footer, and the pop-up the script fills.
  Its parameters are in html-param.xsl; tk:page, tk:head-extra and tk:footer are hooks listed there.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <xsl:output method="html" html-version="5" encoding="UTF-8" include-content-type="no" indent="no"/>

  <xsl:template name="tk:page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="page-class" as="xs:string"/>
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <!-- What mode tk:main writes into the main element after the content: a page gives its
         subject (a document node, 'index', a register's kind) rather than content, which would be
         built as a tree of its own and then copied into the page (a tenth of a page's time). -->
    <xsl:param name="subject" as="item()?" select="()"/>
    <xsl:param name="after-main" as="node()*" select="()"/>
    <html lang="en" data-reading="{if ($reading = 'diplomatic') then 'diplomatic' else 'normalised'}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{normalize-space('teikit ' || $version)}"/>
        <title><xsl:value-of select="$title"/></title>
        <style><xsl:value-of select="$css" disable-output-escaping="no"/></style>
        <xsl:if test="$css-href">
          <link rel="stylesheet" href="{$css-href}"/>
        </xsl:if>
        <xsl:call-template name="tk:head-extra"/>
      </head>
      <body class="{$page-class}">
        <a class="tk-skip" href="#tk-main">Skip to content</a>
        <header class="tk-banner">
          <p class="tk-brand">
            <xsl:choose>
              <xsl:when test="$site"><a href="index.html"><xsl:value-of select="$edition-title"/></a></xsl:when>
              <xsl:otherwise><xsl:value-of select="$edition-title"/></xsl:otherwise>
            </xsl:choose>
          </p>
          <xsl:if test="$site">
            <nav class="tk-sitenav" aria-label="Corpus">
              <ul>
                <xsl:for-each select="('index', $tk:site-registers)">
                  <li>
                    <a href="{if (. = 'index') then 'index.html' else $tk:registers(.)?page}">
                      <xsl:if test=". = $current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
                      <xsl:value-of select="if (. = 'index') then 'Documents' else $tk:registers(.)?title"/>
                    </a>
                  </li>
                </xsl:for-each>
              </ul>
            </nav>
          </xsl:if>
        </header>
        <main id="tk-main">
          <xsl:sequence select="$content"/>
          <xsl:apply-templates select="$subject" mode="tk:main"/>
        </main>
        <xsl:sequence select="$after-main"/>
        <xsl:call-template name="tk:footer"/>
        <div id="tk-pop" class="tk-pop" role="tooltip" hidden=""></div>
        <script><xsl:value-of select="$js"/></script>
      </body>
    </html>
  </xsl:template>

  <!-- Hook: more in the head of every page. Nothing by default. -->
  <xsl:template name="tk:head-extra"/>

  <xsl:template name="tk:footer">
    <footer class="tk-footer">
      <p><xsl:value-of select="$footer-text"/></p>
    </footer>
  </xsl:template>

</xsl:stylesheet>
