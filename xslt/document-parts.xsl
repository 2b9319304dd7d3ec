<?xml version="1.0" encoding="UTF-8"?>
<!--
  Where a document's parts are: its header, title and subtitle, the headings a table of contents
  lists, the anchors of headings and speeches, the file name its pages are named by, and the
  language of its text.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <!-- The file name of the document a node is in, without its extension: what its pages are named by. -->
  <xsl:function name="tk:doc-stem" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="uri" select="string(base-uri(root($node)))"/>
    <xsl:variable name="file" select="tokenize($uri, '/')[last()]"/>
    <xsl:sequence select="(replace($file, '\.[^.]*$', '')[.], 'document')[1]"/>
  </xsl:function>

  <!-- A speech's anchor: its own id, else its place among the document's speeches. -->
  <xsl:function name="tk:speech-anchor" as="xs:string">
    <xsl:param name="sp" as="element()"/>
    <xsl:param name="position" as="xs:integer"/>
    <xsl:sequence select="($sp/@xml:id/string(), 'tk-sp-' || $position)[1]"/>
  </xsl:function>

  <!-- The headings a table of contents lists: those of divisions (and of the cast list, front and back), not of lists or figures. -->
  <xsl:function name="tk:contents-heads" as="element(tei:head)*">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="$doc/tei:text//tei:head[not(@type = 'sub')][not(ancestor::tei:note)]
        [parent::*[local-name() = ('div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'castList', 'front', 'back', 'body', 'group')]]
        [normalize-space()]"/>
  </xsl:function>

  <xsl:function name="tk:head-anchor" as="xs:string">
    <xsl:param name="head" as="element()"/>
    <xsl:param name="position" as="xs:integer"/>
    <xsl:sequence select="($head/@xml:id/string(), 'tk-h-' || $position)[1]"/>
  </xsl:function>

  <!-- The TEI element(s) a view renders as documents: the root TEI, or each TEI of a teiCorpus. -->
  <xsl:function name="tk:header" as="element(tei:teiHeader)?">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="$doc/tei:teiHeader"/>
  </xsl:function>

  <xsl:function name="tk:title-element" as="element()?">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="titles" select="$doc/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="($titles[@type = ('main', 'complete')], $titles[not(@type)], $titles)[1]"/>
  </xsl:function>

  <xsl:function name="tk:subtitle-element" as="element()?">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="$doc/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub'][1]"/>
  </xsl:function>

  <!-- The language of the document's text: the text's own, the TEI's, or English. -->
  <xsl:function name="tk:doc-lang" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="(tk:lang($doc), $doc/tei:text ! tk:lang(.), 'en')[1]"/>
  </xsl:function>

</xsl:stylesheet>
