<?xml version="1.0" encoding="UTF-8"?>
<!--
  Text as strings, the same in every view: lists of names as sets, case that does not depend on
  the JVM's locale, folding for keys and search, and the plain text of an element with its name
  parts kept apart.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <!-- A list of names as a set, for lookups in constant time (a general comparison with the list
       compares with each name in turn). -->
  <xsl:function name="tk:set" as="map(xs:string, xs:boolean)">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:sequence select="map:merge($names ! map{ .: true() })"/>
  </xsl:function>

  <!--
    lower-case() and upper-case() as XPath defines them, whatever the JVM's locale. Saxon 12's
    compiled code calls Java's String.toLowerCase()/toUpperCase() in the default locale, which in
    Turkish and Azeri turns "I" into a dotless "ı" and "i" into "İ" (so "Imre" would sort, search
    and compare as "ımre"). The letters those locales treat apart are given their root forms first.
  -->
  <xsl:function name="tk:lower-case" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="lower-case(translate(if (contains($s, '&#x130;')) then replace($s, '&#x130;', 'i&#x307;') else $s, 'I', 'i'))"/>
  </xsl:function>

  <xsl:function name="tk:upper-case" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="upper-case(translate($s, 'i&#x131;', 'II'))"/>
  </xsl:function>

  <!-- Names fold to one key however they are spaced, cased or accented: "Harold  Finch", "HAROLD FINCH". -->
  <xsl:function name="tk:slug" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="replace(replace(tk:fold(normalize-space($text)), '[^\p{L}\p{N}]+', '-'), '^-|-$', '')"/>
  </xsl:function>

  <!-- tk:search-words($nodes as node()*) as xs:string, the words of the text within the nodes as
       the corpus search folds them (as tk:fold, then cut at anything not a letter or digit, two
       letters or more; a text node ends a word), each once, parted by single spaces, is teikit's
       own Java function (org.teikit.render.SearchWords): XPath's regular expressions over every
       document's whole text cost most of a corpus build. One string, not a sequence of words: a
       document's hundred thousand words pass to the summary and its JSON as one item, not as a
       hundred thousand. -->

  <xsl:function name="tk:fold" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="replace(normalize-unicode(tk:lower-case($text), 'NFD'), '\p{Mn}', '')"/>
  </xsl:function>

  <!-- Plain text of a name, with its parts kept apart ("Jan" "Kowalski") and the transmitted
       side of a choice left out. -->
  <xsl:variable name="tk:name-parts" as="xs:string*"
      select="('forename', 'surname', 'roleName', 'addName', 'genName', 'nameLink', 'placeName', 'orgName', 'persName')"/>

  <xsl:function name="tk:spaced-text" as="xs:string">
    <xsl:param name="e" as="node()"/>
    <xsl:variable name="texts" select="$e//text()[not(ancestor::*[parent::tei:choice][local-name() = ('sic', 'abbr', 'orig')])]"/>
    <xsl:sequence select="normalize-space(string-join(
        for $t in $texts return if ($t/.. is $e or not(local-name($t/..) = $tk:name-parts)) then string($t) else ' ' || $t || ' '))
        => replace(' ([,.;:!?)])', '$1')"/>
  </xsl:function>

</xsl:stylesheet>
