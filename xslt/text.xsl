<?xml version="1.0" encoding="UTF-8"?>
<!--
  The plain-text view: a header block (title, date, source, citation), the text in one reading
  wrapped at a width, and the notes as numbered endnotes.

  Parameters (in text-param.xsl, imported first so that a customisation can override them):
  reading = normalised | diplomatic; width = columns, 0 for one line per paragraph;
  header = false() to leave out the header block.
  Initial mode tk:diplomatic-body gives the lossless text view of the body instead (see there).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <xsl:import href="text-param.xsl"/>

  <xsl:include href="common.xsl"/>
  <xsl:include href="reading.xsl"/>
  <xsl:include href="text-blocks.xsl"/>
  <xsl:include href="text-header.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:if test="not($reading = ('normalised', 'diplomatic'))">
      <xsl:message terminate="yes" error-code="tk:reading">reading must be normalised or diplomatic, not <xsl:value-of select="$reading"/></xsl:message>
    </xsl:if>
    <xsl:variable name="docs" select="(/tei:TEI, /tei:teiCorpus/tei:TEI, /tei:teiCorpus/tei:teiCorpus/tei:TEI)"/>
    <xsl:variable name="in-corpus" select="exists(/tei:teiCorpus)"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:if test="/tei:teiCorpus and $header">
        <xsl:sequence select="tk:header-lines(/tei:teiCorpus, $width)"/>
      </xsl:if>
      <xsl:for-each select="if ($docs) then $docs else *">
        <xsl:sequence select="(if (position() gt 1 or $in-corpus) then '' else ()), tk:document-lines(., $reading, $width, $header)"/>
      </xsl:for-each>
    </xsl:variable>
    <!-- Each part written as it is, a line end after it: joined first, a play's text was copied
         once more (a quarter of its text view). -->
    <xsl:for-each select="$parts">
      <xsl:value-of select="."/>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
    <xsl:if test="empty($parts)"><xsl:text>&#10;</xsl:text></xsl:if>
  </xsl:template>

  <xsl:function name="tk:document-lines" as="xs:string*">
    <xsl:param name="doc" as="element()"/>
    <xsl:param name="reading" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:param name="header" as="xs:boolean"/>
    <xsl:variable name="blocks" as="document-node()">
      <xsl:document>
        <xsl:apply-templates select="($doc/tei:text, $doc[not(tei:text)]/*[not(self::tei:teiHeader)])" mode="tk:blocks">
          <xsl:with-param name="reading" select="$reading" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:document>
    </xsl:variable>
    <xsl:variable name="notes" select="$doc//tei:note[tk:is-endnote(.)]"/>
    <xsl:variable name="note-blocks" as="document-node()">
      <xsl:document>
      <xsl:for-each select="$notes">
        <tk:block indent="0" tight="{position() gt 1}"
            prefix="{if (tk:note-carries-marker(.)) then '' else '[' || tk:note-number(.) || '] '}">
          <xsl:apply-templates mode="tk:inline">
            <xsl:with-param name="reading" select="$reading" tunnel="yes"/>
          </xsl:apply-templates>
        </tk:block>
      </xsl:for-each>
      </xsl:document>
    </xsl:variable>
    <xsl:if test="$header">
      <xsl:sequence select="tk:header-lines($doc, $width), ''"/>
    </xsl:if>
    <xsl:sequence select="tk:lay-out($blocks, $width)"/>
    <xsl:if test="$notes">
      <xsl:sequence select="'', 'Notes', '', tk:lay-out($note-blocks, $width)"/>
    </xsl:if>
  </xsl:function>

  <!-- The lossless view: every character of text/body in order, corrections skipped, and the
       editor's brackets put back where they were. Whitespace is as the TEI has it. -->
  <xsl:mode name="tk:diplomatic-body" on-no-match="text-only-copy"/>

  <xsl:template match="/" mode="tk:diplomatic-body">
    <xsl:value-of>
      <xsl:apply-templates select="(//tei:text/tei:body)" mode="tk:diplomatic-body"/>
    </xsl:value-of>
  </xsl:template>

  <xsl:template match="tei:corr | tei:expan | tei:reg" mode="tk:diplomatic-body"/>

  <xsl:template match="*[@rend][contains-token(@rend, 'brackets')]" mode="tk:diplomatic-body">
    <xsl:text>[</xsl:text>
    <xsl:apply-templates mode="tk:diplomatic-body"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

</xsl:stylesheet>
