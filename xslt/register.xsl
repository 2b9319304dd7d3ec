<?xml version="1.0" encoding="UTF-8"?>
<!--
  Register entries as data: what a reader learns about a person, place or organisation.
  The document page shows these on hover and in its list of names; the corpus summary hands the
  same maps to the corpus registers, which merge them across documents.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <!-- The three registers: their headings and the page each has in a corpus site. -->
  <xsl:variable name="tk:registers" as="map(xs:string, map(xs:string, xs:string))" select="map{
      'person': map{ 'title': 'Persons', 'page': 'persons.html', 'one': 'person' },
      'place': map{ 'title': 'Places', 'page': 'places.html', 'one': 'place' },
      'org': map{ 'title': 'Organisations', 'page': 'organisations.html', 'one': 'organisation' } }"/>
  <xsl:variable name="tk:register-order" as="xs:string*" select="('person', 'place', 'org')"/>

  <xsl:function name="tk:entry-map" as="map(*)">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="map{
        'id': string($entry/@xml:id),
        'kind': tk:entry-kind($entry),
        'name': tk:entry-name($entry),
        'sort': tk:entry-sort($entry),
        'type': normalize-space($entry/@type),
        'variants': array{ tk:entry-variants($entry) },
        'roles': array{ tk:entry-roles($entry) },
        'authorities': array{ tk:entry-authorities($entry) },
        'note': string-join($entry/(tei:note, tei:desc) ! tk:spaced-text(.), ' ')
      }"/>
  </xsl:function>

  <!-- The entries of a document that its text mentions, each once, in document order. -->
  <xsl:function name="tk:mentioned-entries" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="($doc//tei:text//*[tk:is-mention(.)] ! tk:target(.)) / ."/>
  </xsl:function>

</xsl:stylesheet>
