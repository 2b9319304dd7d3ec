<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pointers: the element a #pointer names in the document, and the hrefs a page may carry.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <xsl:key name="tk:by-id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- The element a #pointer in @ref/@target names, if it is in this document. -->
  <xsl:function name="tk:pointed" as="element()?">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="first" select="tokenize(normalize-space($pointer), ' ')[1]"/>
    <xsl:sequence select="if (starts-with($first, '#') and string-length($first) gt 1)
                          then key('tk:by-id', substring($first, 2), root($context))[1] else ()"/>
  </xsl:function>

  <!-- An href that a page may carry: web, mail and relative links; never script or data URLs. -->
  <xsl:function name="tk:safe-href" as="xs:string?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="first" select="tokenize(normalize-space($pointer), ' ')[1]"/>
    <xsl:variable name="scheme" select="if (matches($first, '^[A-Za-z][A-Za-z0-9+.\-]*:'))
        then tk:lower-case(substring-before($first, ':')) else ''"/>
    <xsl:sequence select="if (not($first)) then ()
        else if ($scheme = ('', 'http', 'https', 'mailto')) then iri-to-uri($first)
        else ()"/>
  </xsl:function>

</xsl:stylesheet>
