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
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <!-- How far each kind of block is indented beyond its container, and which containers hold
       their blocks close together. -->
  <xsl:variable name="tk:text-indent" as="map(xs:string, xs:integer)"
      select="map{ 'item': 2, 'quote': 4, 'epigraph': 4, 'castItem': 2, 'stage': 2 }"/>
  <xsl:variable name="tk:tight-containers" as="xs:string*"
      select="('sp', 'lg', 'list', 'castList', 'castGroup', 'table', 'opener', 'closer', 'address', 'titlePage', 'docTitle')"/>
  <xsl:variable name="tk:tight-container-set" as="map(xs:string, xs:boolean)" select="tk:set($tk:tight-containers)"/>

  <xsl:mode name="tk:blocks" on-no-match="shallow-skip"/>

  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | tei:sourceDoc" mode="tk:blocks"/>
  <xsl:template match="tei:note[tk:is-endnote(.)]" mode="tk:blocks"/>
  <xsl:template _match="{$tk:not-text-pattern}" mode="tk:blocks"/>

  <!-- Any element met at block level: its running text becomes blocks, its blocks are recursed.
       The blocks of a whole document come out as one flat run in one tree, each made once: a
       container that gives its first block a prefix or holds its blocks tight is marked where it
       opens (tk:enter) and closes (tk:leave), and tk:lay-out applies that to the blocks between. -->
  <xsl:template match="*" mode="tk:blocks">
    <xsl:param name="indent" as="xs:integer" select="0" tunnel="yes"/>
    <xsl:variable name="own" select="($tk:text-indent(local-name()), 0)[1]"/>
    <xsl:variable name="prefix" select="self::tei:item ! tk:item-prefix(.)"/>
    <xsl:variable name="tight-here" select="map:contains($tk:tight-container-set, local-name())"/>
    <xsl:variable name="marked" select="exists($prefix) or $tight-here"/>
    <xsl:if test="$marked">
      <tk:enter>
        <xsl:if test="$prefix"><xsl:attribute name="prefix" select="$prefix"/></xsl:if>
        <xsl:if test="$tight-here"><xsl:attribute name="tight" select="'true'"/></xsl:if>
      </tk:enter>
    </xsl:if>
    <xsl:choose>
      <!-- Most blocks (a paragraph, a verse line, a speaker) hold running text only: one block of
           all their children, without grouping them (a tenth of the text view's time). Children
           that are blocks by name are settled before tk:is-block is called (Saxon-HE calls every
           function it meets; 4 % of the view). -->
      <xsl:when test="not(tei:note or *[map:contains($tk:block-set, local-name()) or tk:is-block(.)])">
        <xsl:if test="node()[normalize-space() or descendant-or-self::tei:gap]">
          <tk:block indent="{$indent + $own}">
            <xsl:apply-templates select="node()" mode="tk:inline"/>
          </tk:block>
        </xsl:if>
      </xsl:when>
      <!-- Most others (a play's acts, its speeches of verse lines) hold blocks alone, whitespace
           between them: each block in turn, without grouping the whitespace apart. -->
      <xsl:when test="every $n in node() satisfies (if ($n instance of element())
          then map:contains($tk:block-set, local-name($n)) or tk:is-block($n) or $n/self::tei:note[tk:is-endnote(.) and exists(tk:note-anchor(.))]
          else not(normalize-space($n)))">
        <xsl:apply-templates select="*" mode="tk:blocks">
          <xsl:with-param name="indent" select="$indent + $own" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise>
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
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$marked">
      <tk:leave/>
    </xsl:if>
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

  <!-- ===== laying blocks out as lines =====
       tk:lay-out($blocks as document-node(), $width) and tk:wrap($words, $first-lead, $lead, $width)
       are teikit's own Java functions (org.teikit.render.TextLayout): greedy filling at the width,
       a word longer than the width on a line of its own, never split; a blank line between blocks
       unless a block is tight. tk:lay-out gives its lines as one string, joined by newlines
       (nothing if there are none); tk:wrap gives a sequence of lines. -->

  <xsl:function name="tk:spaces" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="string-join((1 to $n) ! ' ')"/>
  </xsl:function>

</xsl:stylesheet>
