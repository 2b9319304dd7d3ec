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
      'org': map{ 'title': 'Organisations', 'page': 'organisations.html', 'one': 'organisation' },
      'cast': map{ 'title': 'Characters', 'page': 'characters.html', 'one': 'character' } }"/>
  <xsl:variable name="tk:register-order" as="xs:string*" select="('person', 'place', 'org')"/>
  <!-- The registers a corpus site has: the three of names, and the characters of its plays. -->
  <xsl:variable name="tk:site-registers" as="xs:string*" select="($tk:register-order, 'cast')"/>

  <xsl:function name="tk:entry-map" as="map(*)">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="map{
        'id': string($entry/@xml:id),
        'corpus': tk:entry-corpus-id($entry),
        'group': '',
        'grouped': '',
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

  <!--
    Entries for the mentions that point at no register entry: one per authority URL or normalised
    name, named by the first spelling, other spellings kept as variants.
  -->
  <xsl:function name="tk:name-entries" as="map(*)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:for-each-group select="tk:mentions($doc)[empty(tk:target(.))]" group-by="tk:mention-key(.)">
      <!-- Punctuation the tagging took in at the end ("Hajji Ali,") is not part of the name; an initial's full stop is. -->
      <xsl:variable name="names" select="distinct-values(current-group() ! replace(replace(tk:spaced-text(.), '[,;:]+$', ''), '(\p{Ll}{2,})\.$', '$1'))"/>
      <xsl:variable name="kind" select="tk:mention-kind(.)"/>
      <xsl:variable name="outside" select="tk:outside-pointer(.)"/>
      <xsl:variable name="words" select="tokenize($names[1], ' ')"/>
      <xsl:sequence select="map{
          'id': current-grouping-key(),
          'corpus': current-grouping-key(),
          'group': '',
          'grouped': if ($outside) then 'authority' else 'name',
          'kind': $kind,
          'name': $names[1],
          'sort': if ($kind = 'person' and count($words) gt 1)
                  then $words[last()] || ', ' || string-join($words[position() lt last()], ' ') else $names[1],
          'type': '',
          'variants': array{ $names[position() gt 1] },
          'roles': array{},
          'authorities': array{ $outside ! map{ 'label': ., 'href': string(tk:safe-href(.)) } },
          'note': ''
        }"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The entries of a document that its text mentions, each once, in document order. -->
  <xsl:function name="tk:mentioned-entries" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(tk:mentions($doc) ! tk:target(.)) / ."/>
  </xsl:function>

</xsl:stylesheet>
