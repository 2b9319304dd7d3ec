<?xml version="1.0" encoding="UTF-8"?>
<!--
  What an element carries over to the views besides its text: CSS classes from @rend, @type and
  @place, and a language tag a browser accepts.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <!-- CSS classes from @rend, @type and @place: only plain tokens, never the source's own CSS.
       Most elements have none of the three: asking for each first spares them the path in
       document order, which costs more than the rest of the function. -->
  <xsl:function name="tk:classes" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'tei-' || local-name($e),
        if (not($e/@rend or $e/@type or $e/@place)) then () else
        for $a in $e/(@rend, @type, @place), $t in tokenize(normalize-space($a), ' ')[matches(., '^[A-Za-z0-9_\-]+$')]
        return 'r-' || local-name($a) || '-' || tk:lower-case($t)"/>
  </xsl:function>

  <!-- A language tag a browser accepts, or nothing. -->
  <xsl:function name="tk:lang" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/@xml:lang[matches(., '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$')]/string()"/>
  </xsl:function>

</xsl:stylesheet>
