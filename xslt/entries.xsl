<?xml version="1.0" encoding="UTF-8"?>
<!--
  Register entries (person, place, org): the name they are shown and sorted by, their variants,
  roles and authority links.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <!-- Display names of register entries. -->
  <xsl:function name="tk:entry-name-element" as="element()?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(tei:persName, tei:placeName, tei:orgName, tei:name, tei:geogName)"/>
    <xsl:sequence select="($names[not(@type = ('variant', 'alt'))], $names)[1]"/>
  </xsl:function>

  <xsl:function name="tk:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="n" select="tk:entry-name-element($entry)"/>
    <xsl:sequence select="if ($n) then tk:spaced-text($n) else string($entry/@xml:id)"/>
  </xsl:function>

  <!-- "Kowalski, Jan" for sorting a register: surname first where the entry says which it is. -->
  <xsl:function name="tk:entry-sort" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="n" select="tk:entry-name-element($entry)"/>
    <xsl:sequence select="if ($n/tei:surname)
        then string-join((tk:spaced-text($n/tei:surname[1]), $n/tei:forename ! tk:spaced-text(.)), ', ')
        else tk:entry-name($entry)"/>
  </xsl:function>

  <xsl:function name="tk:entry-variants" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="main" select="tk:entry-name-element($entry)"/>
    <xsl:sequence select="distinct-values(
        $entry/(tei:persName, tei:placeName, tei:orgName, tei:name, tei:geogName)[not(. is $main)] ! tk:spaced-text(.))"/>
  </xsl:function>

  <xsl:function name="tk:entry-roles" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="distinct-values($entry/(tei:occupation, tei:roleName, tei:affiliation, tei:persName/tei:roleName) ! tk:spaced-text(.))"/>
  </xsl:function>

  <!-- Authority links: URIs given as idno, and the common identifier schemes spelled out. -->
  <xsl:variable name="tk:authority-prefixes" as="map(xs:string, xs:string)" select="map{
      'wikidata': 'https://www.wikidata.org/wiki/',
      'viaf': 'https://viaf.org/viaf/',
      'gnd': 'https://d-nb.info/gnd/',
      'geonames': 'https://www.geonames.org/' }"/>

  <xsl:function name="tk:entry-authorities" as="map(xs:string, xs:string)*">
    <xsl:param name="entry" as="element()"/>
    <xsl:for-each select="$entry/tei:idno[normalize-space()]">
      <xsl:variable name="value" select="normalize-space(.)"/>
      <xsl:variable name="scheme" select="tk:lower-case(normalize-space(@type))"/>
      <xsl:variable name="href" select="
          if (matches($value, '^https?://')) then $value
          else if (map:contains($tk:authority-prefixes, $scheme)) then $tk:authority-prefixes($scheme) || $value
          else ()"/>
      <xsl:sequence select="map{ 'label': $value, 'href': string(tk:safe-href($href)) }"/>
    </xsl:for-each>
  </xsl:function>

</xsl:stylesheet>
