<?xml version="1.0" encoding="UTF-8"?>
<!--
  Dates: which date is the document's own, and one way of showing and sorting dates across a
  corpus, whatever the files wrote.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <!-- The document's own date: creation first, then the citation, then what other projects use. -->
  <xsl:function name="tk:date-element" as="element()?">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="h" select="$doc/tei:teiHeader"/>
    <xsl:sequence select="(
        $h/tei:profileDesc/tei:creation//tei:date[tk:has-value(.)],
        $h/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'citation']/tei:date[tk:has-value(.)],
        $h/tei:fileDesc/tei:publicationStmt/tei:date[@type = 'created'][tk:has-value(.)],
        $doc/tei:standOff/tei:listEvent/tei:event[@type = ('written', 'print', 'premiere')][tk:has-value(.)],
        $h/tei:fileDesc/tei:sourceDesc//tei:date[tk:has-value(.)],
        $h/tei:fileDesc/tei:publicationStmt/tei:date[tk:has-value(.)]
      )[1]"/>
  </xsl:function>

  <xsl:function name="tk:has-value" as="xs:boolean">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="exists($date/(@when, @from, @notBefore, @to, @notAfter)[matches(., '^-?\d{4}')])"/>
  </xsl:function>

  <!-- A sortable ISO value: the start of the date's range. -->
  <xsl:function name="tk:date-sort" as="xs:string">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="string(($date/@when, $date/@from, $date/@notBefore, $date/@to, $date/@notAfter)[1])"/>
  </xsl:function>

  <!-- The date as an HTML datetime value (a day, a month or a year), or nothing when the value
       is none of these or is not a real date (1971-02-30). -->
  <xsl:function name="tk:machine-date" as="xs:string?">
    <xsl:param name="value" as="item()?"/>
    <xsl:sequence select="normalize-space($value)[matches(., '^\d{4}(-\d\d){0,2}$') and not(starts-with(., '0000'))]
        [. castable as xs:date or . castable as xs:gYearMonth or . castable as xs:gYear]"/>
  </xsl:function>

  <!-- The ISO value as a person reads it: 1971-03-02, 1966/1970, or not before / not after. -->
  <xsl:function name="tk:date-iso" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="
        if ($date/@when) then string($date/@when)
        else if ($date/@from or $date/@to) then string($date/@from) || '/' || string($date/@to)
        else if ($date/@notBefore or $date/@notAfter)
          then string-join((
              $date/@notBefore ! ('not before ' || .),
              $date/@notAfter ! ('not after ' || .)), ', ')
        else ''"/>
  </xsl:function>

  <!--
    One display format for dates across a corpus, whatever the files wrote: "4 May 1961",
    "May 1961", "1961", a range "1842 – 1845", "not before 1842". Made from the ISO value, so
    "1950-05-06" and "July 26, 1952" in two files read alike.
  -->
  <xsl:variable name="tk:month-names" as="xs:string*" select="('January', 'February', 'March', 'April', 'May', 'June', 'July',
      'August', 'September', 'October', 'November', 'December')"/>

  <xsl:function name="tk:iso-display" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="v" select="normalize-space($iso)"/>
    <xsl:variable name="parts" as="xs:string*">
    <xsl:analyze-string select="$v" regex="^(-?\d{{4}})(-(\d\d))?(-(\d\d))?">
      <xsl:matching-substring>
        <xsl:variable name="month" select="if (regex-group(3)) then xs:integer(regex-group(3)) else 0"/>
        <xsl:sequence select="string-join((
            regex-group(5)[.] ! string(xs:integer(.)),
            $tk:month-names[$month],
            regex-group(1)), ' ')"/>
      </xsl:matching-substring>
      <xsl:non-matching-substring><xsl:sequence select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>

  <xsl:function name="tk:date-display" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="
        if ($date/@when) then tk:iso-display($date/@when)
        else if ($date/@from and $date/@to) then tk:iso-display($date/@from) || ' – ' || tk:iso-display($date/@to)
        else if ($date/@notBefore and $date/@notAfter) then tk:iso-display($date/@notBefore) || ' – ' || tk:iso-display($date/@notAfter)
        else if ($date/(@from, @notBefore)) then 'not before ' || tk:iso-display($date/(@from, @notBefore)[1])
        else if ($date/(@to, @notAfter)) then 'not after ' || tk:iso-display($date/(@to, @notAfter)[1])
        else tk:iso-display(tk:text-date(string($date)))"/>
  </xsl:function>

  <!-- The ISO value of a date written out in words ("July 26, 1952", "26 July 1952", "1952"), or ''. -->
  <xsl:function name="tk:text-date" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="t" select="normalize-space($text)"/>
    <xsl:variable name="months" select="string-join($tk:month-names, '|')"/>
    <xsl:variable name="found" as="xs:string*">
      <xsl:analyze-string select="$t" regex="(({$months})\.?\s+(\d{{1,2}}),?\s+(\d{{4}}))|((\d{{1,2}})\.?\s+({$months})\s+(\d{{4}}))|(({$months})\s+(\d{{4}}))|((^|[^\d])(\d{{4}})([^\d]|$))" flags="i">
        <xsl:matching-substring>
          <xsl:variable name="m" select="(regex-group(2), regex-group(7), regex-group(10))[.][1]"/>
          <xsl:variable name="n" select="index-of($tk:month-names ! tk:lower-case(.), tk:lower-case($m))"/>
          <xsl:variable name="d" select="(regex-group(3), regex-group(6))[.][1]"/>
          <xsl:variable name="y" select="(regex-group(4), regex-group(8), regex-group(11), regex-group(14))[.][1]"/>
          <xsl:sequence select="string-join(($y, $n ! format-number(., '00'), $d ! format-number(xs:integer(.), '00')), '-')"/>
        </xsl:matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="($found[1], '')[1]"/>
  </xsl:function>

</xsl:stylesheet>
