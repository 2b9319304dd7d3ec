<?xml version="1.0" encoding="UTF-8"?>
<!-- The header block of the text view: title, date, source, citation, URL, then a rule. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <xsl:include href="metadata.xsl"/>

  <xsl:variable name="tk:text-header-fields" as="xs:string*"
      select="('author', 'date', 'archive', 'collection', 'shelfmark', 'source', 'citation', 'url')"/>

  <xsl:function name="tk:header-lines" as="xs:string*">
    <xsl:param name="doc" as="element()"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="fields" select="tk:metadata($doc)"/>
    <xsl:variable name="title" select="$fields[?key = 'title']?value"/>
    <xsl:sequence select="tk:wrap(tokenize(($title, 'Untitled')[1], '\s+')[.], '', '', $width)"/>
    <xsl:sequence select="$fields[?key = 'subtitle'] ! tk:wrap(tokenize(?value, '\s+')[.], '', '', $width)"/>
    <xsl:for-each select="$tk:text-header-fields">
      <xsl:variable name="key" select="."/>
      <xsl:for-each select="$fields[?key = $key]">
        <xsl:variable name="lead" select="?label || ': '"/>
        <xsl:variable name="value" select="?value || (if (?iso and ?iso != ?value) then ' (' || ?iso || ')' else '')"/>
        <xsl:sequence select="tk:wrap(tokenize($value, '\s+')[.], $lead, tk:spaces(4), $width)"/>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:sequence select="string-join((1 to (if ($width gt 0) then $width else 72)) ! '=')"/>
  </xsl:function>

</xsl:stylesheet>
