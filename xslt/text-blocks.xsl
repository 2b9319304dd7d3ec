<?xml version="1.0" encoding="UTF-8"?>
<!--
  From TEI to a flat list of text blocks, and from blocks to wrapped lines.

  A tk:block holds the inline content of one paragraph-like unit (text and tk:br) with its
  indentation, a hanging prefix for its first line, and whether it follows the block before it
  without a blank line (verse lines, list items, the lines of a speech).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <!-- How far each kind of block is indented beyond its container, and which containers hold
       their blocks close together. -->
  <xsl:variable name="tk:text-indent" as="map(xs:string, xs:integer)"
      select="map{ 'item': 2, 'quote': 4, 'epigraph': 4, 'castItem': 2, 'stage': 2 }"/>
  <xsl:variable name="tk:tight-containers" as="xs:string*"
      select="('sp', 'lg', 'list', 'castList', 'castGroup', 'table', 'opener', 'closer', 'address', 'titlePage', 'docTitle')"/>

  <xsl:mode name="tk:blocks" on-no-match="shallow-skip"/>

  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | tei:sourceDoc" mode="tk:blocks"/>
  <xsl:template match="tei:note[tk:is-endnote(.)]" mode="tk:blocks"/>
  <xsl:template match="*[local-name() = $tk:not-text]" mode="tk:blocks"/>

  <!-- Any element met at block level: its running text becomes blocks, its blocks are recursed. -->
  <xsl:template match="*" mode="tk:blocks">
    <xsl:param name="indent" as="xs:integer" select="0" tunnel="yes"/>
    <xsl:variable name="own" select="($tk:text-indent(local-name()), 0)[1]"/>
    <xsl:variable name="prefix" select="tk:item-prefix(.)"/>
    <xsl:variable name="tight-here" select="local-name() = $tk:tight-containers"/>
    <!-- One temporary tree for all the blocks: as a sequence of elements, each block would be a tree
         of its own, made again at every level of nesting (the cost grew with the corpus's depth). -->
    <xsl:variable name="blocks" as="document-node()">
      <xsl:document>
      <xsl:for-each-group select="node()" group-adjacent="tk:is-block(.) or self::tei:note[tk:is-endnote(.) and exists(tk:note-anchor(.))]">
        <xsl:choose>
          <xsl:when test="current-grouping-key()">
            <xsl:apply-templates select="current-group()" mode="tk:blocks">
              <xsl:with-param name="indent" select="$indent + $own" tunnel="yes"/>
            </xsl:apply-templates>
          </xsl:when>
          <xsl:when test="current-group()[normalize-space() or descendant-or-self::tei:gap]">
            <tk:block indent="{$indent + $own}">
              <xsl:apply-templates select="current-group()" mode="tk:inline"/>
            </tk:block>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each-group>
      </xsl:document>
    </xsl:variable>
    <xsl:for-each select="$blocks/tk:block">
      <xsl:copy>
        <xsl:copy-of select="@*"/>
        <xsl:if test="position() = 1 and $prefix and not(@prefix)">
          <xsl:attribute name="prefix" select="$prefix"/>
        </xsl:if>
        <xsl:if test="$tight-here and position() gt 1">
          <xsl:attribute name="tight" select="'true'"/>
        </xsl:if>
        <xsl:copy-of select="node()"/>
      </xsl:copy>
    </xsl:for-each>
  </xsl:template>

  <!-- A list item's number when the item does not already begin with it. -->
  <xsl:function name="tk:item-prefix" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="n" select="normalize-space($e/self::tei:item/@n)"/>
    <xsl:sequence select="if ($n and not(starts-with(normalize-space($e), $n))) then $n || ' ' else ()"/>
  </xsl:function>

  <!-- Rows: their cells side by side, a bar between them. -->
  <xsl:template match="tei:row" mode="tk:blocks">
    <xsl:param name="indent" as="xs:integer" select="0" tunnel="yes"/>
    <tk:block indent="{$indent}" tight="{exists(preceding-sibling::tei:row)}">
      <xsl:for-each select="tei:cell">
        <xsl:if test="position() gt 1"><xsl:text> | </xsl:text></xsl:if>
        <xsl:apply-templates mode="tk:inline"/>
      </xsl:for-each>
    </tk:block>
  </xsl:template>

  <!-- ===== laying blocks out as lines ===== -->

  <xsl:function name="tk:lay-out" as="xs:string*">
    <xsl:param name="blocks" as="element(tk:block)*"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="all" as="xs:string*">
      <xsl:for-each select="$blocks">
        <xsl:variable name="lines" select="tk:block-lines(., $width)"/>
        <xsl:if test="exists($lines)">
          <xsl:sequence select="''[not(current()/@tight = 'true')], $lines"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="if ($all[1] = '') then tail($all) else $all"/>
  </xsl:function>

  <xsl:function name="tk:block-lines" as="xs:string*">
    <xsl:param name="block" as="element(tk:block)"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="indent" select="tk:spaces(xs:integer(($block/@indent, 0)[1]))"/>
    <xsl:variable name="prefix" select="string($block/@prefix)"/>
    <xsl:for-each-group select="$block/node()" group-ending-with="tk:br">
      <xsl:variable name="words" select="tokenize(normalize-space(string-join(current-group()[not(self::tk:br)])), ' ')[.]"/>
      <xsl:if test="exists($words)">
        <xsl:sequence select="tk:wrap($words,
            $indent || (if (position() = 1) then $prefix else tk:spaces(string-length($prefix))),
            $indent || tk:spaces(string-length($prefix)),
            $width)"/>
      </xsl:if>
    </xsl:for-each-group>
  </xsl:function>

  <!-- Greedy filling: a word longer than the width gets a line of its own, never split. -->
  <xsl:function name="tk:wrap" as="xs:string*">
    <xsl:param name="words" as="xs:string*"/>
    <xsl:param name="first-lead" as="xs:string"/>
    <xsl:param name="lead" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:choose>
      <xsl:when test="$width le 0">
        <xsl:sequence select="$first-lead || string-join($words, ' ')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:iterate select="$words">
          <xsl:param name="line" as="xs:string" select="''"/>
          <xsl:param name="lines" as="xs:string*" select="()"/>
          <xsl:on-completion>
            <xsl:sequence select="$lines, $line[.]"/>
          </xsl:on-completion>
          <xsl:variable name="start" select="if (empty($lines)) then $first-lead else $lead"/>
          <xsl:choose>
            <xsl:when test="$line = ''">
              <xsl:next-iteration>
                <xsl:with-param name="line" select="$start || ."/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:when test="string-length($line) + 1 + string-length(.) le $width">
              <xsl:next-iteration>
                <xsl:with-param name="line" select="$line || ' ' || ."/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:otherwise>
              <xsl:next-iteration>
                <xsl:with-param name="lines" select="$lines, $line"/>
                <xsl:with-param name="line" select="$lead || ."/>
              </xsl:next-iteration>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:iterate>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="tk:spaces" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="string-join((1 to $n) ! ' ')"/>
  </xsl:function>

</xsl:stylesheet>
