<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes: which notes are endnotes, their numbers and ids, and the anchor in the text that calls
  each.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <!-- Footnote-like notes: everything but the editor's inline remarks and the distribution list. -->
  <xsl:function name="tk:is-endnote" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="not($note/@type = ('editorial', 'distribution'))
                          and not($note/@place = ('inline', 'margin', 'left', 'right'))
                          and not($note/ancestor::tei:note)
                          and exists($note/ancestor::tei:text)"/>
  </xsl:function>

  <!-- An endnote's number: its own @n, else its place among its document's endnotes. -->
  <xsl:function name="tk:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="n" select="normalize-space($note/@n)"/>
    <xsl:variable name="doc" select="$note/ancestor::tei:TEI[1]"/>
    <xsl:sequence select="if ($n) then $n
        else string(count($note/preceding::tei:note[tk:is-endnote(.)][ancestor::tei:TEI[1] is $doc]) + 1)"/>
  </xsl:function>

  <!-- Its place among all endnotes of the file: unique, so it names the note's ids. -->
  <xsl:function name="tk:note-position" as="xs:integer">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="count($note/preceding::tei:note[tk:is-endnote(.)]) + 1"/>
  </xsl:function>

  <xsl:function name="tk:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@xml:id/string(), 'tk-note-' || tk:note-position($note))[1]"/>
  </xsl:function>

  <!-- The anchor in the text that calls a note: a noteAnchor ref pointing at it, if any. -->
  <xsl:key name="tk:note-anchors" match="tei:ref[@type = 'noteAnchor'] | tei:ptr[@type = 'noteAnchor']"
      use="tokenize(normalize-space(@target), ' ')[starts-with(., '#')] ! substring(., 2)"/>

  <xsl:function name="tk:note-anchor" as="element()?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$note/@xml:id ! key('tk:note-anchors', string(.), root($note))[1]"/>
  </xsl:function>

  <xsl:function name="tk:note-ref-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="anchor" select="tk:note-anchor($note)"/>
    <xsl:sequence select="($anchor/@xml:id/string(), 'tk-noteref-' || tk:note-position($note))[1]"/>
  </xsl:function>

  <!-- Whether a note starts with its own marker ("[1] ..."), so views need not add one. -->
  <xsl:function name="tk:note-carries-marker" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="n" select="tk:note-number($note)"/>
    <xsl:variable name="start" select="substring(normalize-space($note), 1, string-length($n) + 2)"/>
    <xsl:sequence select="matches($start, '^[\[(]?' || replace($n, '([\\.*+?^${}()|\[\]])', '\\$1') || '([\]).:\s]|$)')"/>
  </xsl:function>

</xsl:stylesheet>
