<?xml version="1.0" encoding="UTF-8"?>
<!--
  What every view needs to know about a TEI document, one subject per module. The HTML page, the
  text view and the corpus summary all read the document through these functions, so that they
  agree with one another (a mention anchor written into a page is the one the registers link to).

    strings.xsl         sets of names, locale-proof case, folding, slugs, search words, spaced text
    pointers.xsl        the element a #pointer names; hrefs a page may carry
    mentions.xsl        names in the text as mentions of register entries, their keys and anchors
    entries.xsl         register entries: display and sort names, variants, roles, authority links
    dates.xsl           the document's own date; one display and sort form for dates
    notes.xsl           endnotes: which notes, their numbers, ids and calling anchors
    document-parts.xsl  title, subtitle, contents headings, anchors, file stem, language
    attributes.xsl      CSS classes and language tags an element carries over
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    exclude-result-prefixes="#all">

  <xsl:include href="strings.xsl"/>
  <xsl:include href="pointers.xsl"/>
  <xsl:include href="mentions.xsl"/>
  <xsl:include href="entries.xsl"/>
  <xsl:include href="dates.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="document-parts.xsl"/>
  <xsl:include href="attributes.xsl"/>

</xsl:stylesheet>
