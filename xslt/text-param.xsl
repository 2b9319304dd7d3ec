<?xml version="1.0" encoding="UTF-8"?>
<!--
  The parameters of the plain-text view, and the hooks meant for a project's own stylesheet.
  text.xsl imports this file first, so every declaration here has the lowest precedence; a
  customisation stylesheet imports text.xsl ("teikit:text.xsl" inside teikit, a relative href to
  a copy outside it) and overrides what it needs. See html-param.xsl for an example.

  Parameters to set (the xslt-param option of render and build, NAME=VALUE, or an xsl:param in a
  customisation):
    header          false to leave out the header block (title, date, source, citation); default true

  Parameters teikit sets on every run (the xslt-param option refuses them; use the render
  command's reading and width options): reading, width, register-file.

  Named templates, functions and modes meant for overriding (stable: their names and parameters stay):
    mode tk:blocks         the blocks of the text (paragraphs, headings, list items), each made
                           into a tk:block element that tk:lay-out wraps at the width
    mode tk:inline         running text in a reading, as plain characters (shared with the HTML
                           view's plain titles)
    tk:header-lines($doc, $width)    the header block, as lines
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- ===== for projects to set ===== -->

  <xsl:param name="header" as="xs:boolean" select="true()"/>

  <!-- ===== set by teikit ===== -->

  <!-- The reading shown: normalised or diplomatic. -->
  <xsl:param name="reading" as="xs:string" select="'normalised'"/>
  <!-- Columns to wrap at; 0 for one line per paragraph. -->
  <xsl:param name="width" as="xs:integer" select="72"/>

</xsl:stylesheet>
