<?xml version="1.0" encoding="UTF-8"?>
<!--
  The words of the text in one of its two readings, as plain characters.

  diplomatic: as transmitted - sic, abbr and orig of a choice; the editor's square brackets shown.
  normalised: as corrected - corr, expan and reg; brackets of insertions and gaps folded away.
  The editor's own remarks (note type="editorial") keep their brackets in plain text in both
  readings: without them a remark such as "female" would read as part of the sentence.

  Mode tk:inline yields text nodes and tk:br elements (forced line breaks); block-level elements
  met inside running text are set off by spaces so that no two words are glued together.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <!-- Elements that always stand as blocks of their own. -->
  <xsl:variable name="tk:blocks" as="xs:string*" select="(
      'TEI', 'text', 'front', 'body', 'back', 'group', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7',
      'p', 'ab', 'head', 'list', 'item', 'table', 'row', 'lg', 'l', 'sp', 'spGrp', 'castList', 'castGroup', 'castItem',
      'figure', 'opener', 'closer', 'postscript', 'titlePage', 'docTitle', 'set', 'argument', 'epigraph',
      'floatingText', 'listBibl', 'performance', 'prologue', 'epilogue', 'listPerson', 'listPlace', 'listOrg')"/>

  <!-- Elements that are blocks when they stand alone and phrases inside running text. -->
  <xsl:variable name="tk:weak-blocks" as="xs:string*" select="(
      'stage', 'speaker', 'dateline', 'signed', 'salute', 'byline', 'docAuthor', 'docDate', 'docImprint',
      'trailer', 'titlePart', 'quote', 'label', 'note', 'bibl', 'address', 'cit', 'cell', 'closer')"/>

  <!-- Leftovers of web pages that some TEI files carry: never words of the document. The modes'
       rules that skip them match by name, a pattern made from this list when the stylesheet is
       compiled (tk:not-text-pattern, "*:script | *:style | *:param"), not by a predicate: a pattern
       with a predicate is tried on every element of a document, and these (with the brackets
       rule's, now asking for @rend first) were a tenth of a page's time. -->
  <xsl:variable name="tk:not-text" as="xs:string*" static="yes" select="('script', 'style', 'param')"/>
  <xsl:variable name="tk:not-text-pattern" as="xs:string" static="yes"
      select="string-join($tk:not-text ! ('*:' || .), ' | ')"/>

  <!-- Elements that stand anywhere without making their neighbours phrases or blocks. -->
  <xsl:variable name="tk:neutral" as="xs:string*" select="('pb', 'lb', 'cb', 'milestone', 'anchor', 'fw', 'index')"/>

  <!-- The lists above as sets: every element of a document is looked up in them, some many times. -->
  <xsl:variable name="tk:block-set" as="map(xs:string, xs:boolean)" select="tk:set($tk:blocks)"/>
  <xsl:variable name="tk:weak-block-set" as="map(xs:string, xs:boolean)" select="tk:set($tk:weak-blocks)"/>
  <xsl:variable name="tk:never-block-set" as="map(xs:string, xs:boolean)" select="tk:set(($tk:weak-blocks, $tk:name-elements))"/>
  <xsl:variable name="tk:layout-set" as="map(xs:string, xs:boolean)"
      select="tk:set(($tk:blocks, $tk:weak-blocks, $tk:neutral, $tk:not-text))"/>

  <!-- Inside running text: beside words, or beside phrase-level elements such as names. That is a
       fact about the parent, remembered for the transformation (cache): asked of each of a
       parent's children in turn, a scan of the siblings would cost the square of their number (a
       play's act of 600 speeches). -->
  <xsl:function name="tk:in-running-text" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="tk:holds-running-text($e/..)"/>
  </xsl:function>

  <xsl:function name="tk:holds-running-text" as="xs:boolean" cache="yes">
    <xsl:param name="parent" as="node()?"/>
    <xsl:sequence select="exists($parent/text()[normalize-space()])
        or exists($parent/*[not(map:contains($tk:layout-set, local-name()))])"/>
  </xsl:function>

  <!-- Asked of every element, some twice: the name is read once, and the parent asked directly
       (tk:holds-running-text) rather than through tk:in-running-text, a function call less. -->
  <xsl:function name="tk:is-block" as="xs:boolean">
    <xsl:param name="e" as="node()"/>
    <xsl:sequence select="$e instance of element() and (
        let $name := local-name($e) return
          if (map:contains($tk:block-set, $name)) then true()
          else if (map:contains($tk:weak-block-set, $name)) then not(tk:holds-running-text($e/..))
          else if (map:contains($tk:never-block-set, $name)) then false()
          else not(tk:holds-running-text($e/..)) and tk:holds-blocks($e))"/>
  </xsl:function>

  <!-- Whether a container holds blocks, asked again for each of its ancestors: remembered, so that
       its descendants are looked through once. Only this part is: most elements are settled by
       their name alone, and a cache entry for every element costs more than it saves. -->
  <xsl:function name="tk:holds-blocks" as="xs:boolean" cache="yes">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/*[tk:is-block(.)])"/>
  </xsl:function>

  <!-- A choice shows one of its children: which one depends on the reading. -->
  <xsl:function name="tk:choice-shown" as="element()?">
    <xsl:param name="choice" as="element()"/>
    <xsl:param name="reading" as="xs:string"/>
    <xsl:variable name="transmitted" select="$choice/(tei:sic, tei:abbr, tei:orig)"/>
    <xsl:variable name="edited" select="$choice/(tei:corr, tei:expan, tei:reg)"/>
    <xsl:sequence select="(if ($reading = 'diplomatic') then ($transmitted, $edited) else ($edited, $transmitted), $choice/*)[1]"/>
  </xsl:function>

  <xsl:function name="tk:shows-brackets" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="reading" as="xs:string"/>
    <xsl:sequence select="contains-token($e/@rend, 'brackets')
                          and ($reading = 'diplomatic' or $e/self::tei:note)"/>
  </xsl:function>

  <!-- Plain text of a node in a reading, for titles, snippets and the index. -->
  <xsl:function name="tk:plain" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="reading" as="xs:string"/>
    <xsl:variable name="parts" as="item()*">
      <xsl:apply-templates select="$nodes" mode="tk:inline">
        <xsl:with-param name="reading" select="$reading" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts ! (if (. instance of element()) then ' ' else string(.))))"/>
  </xsl:function>

  <!-- Text is copied by Saxon's built-in rule, without a call of a template for each text node. -->
  <xsl:mode name="tk:inline" on-no-match="text-only-copy"/>

  <xsl:template match="*" mode="tk:inline">
    <xsl:variable name="sep" select="if (tk:is-block(.)) then ' ' else ()"/>
    <xsl:value-of select="$sep"/>
    <xsl:apply-templates mode="tk:inline"/>
    <xsl:value-of select="$sep"/>
  </xsl:template>

  <xsl:template _match="{$tk:not-text-pattern}" mode="tk:inline"/>
  <xsl:template match="tei:pb | tei:cb | tei:milestone | tei:anchor | tei:graphic | tei:figDesc" mode="tk:inline"/>

  <xsl:template match="tei:lb" mode="tk:inline">
    <xsl:if test="not(@break = 'no')"><tk:br/></xsl:if>
  </xsl:template>

  <xsl:template match="tei:choice" mode="tk:inline">
    <xsl:param name="reading" as="xs:string" tunnel="yes"/>
    <xsl:apply-templates select="tk:choice-shown(., $reading)" mode="tk:inline"/>
  </xsl:template>

  <!-- An editor's correction standing alone is the editor's, not the source's. -->
  <xsl:template match="tei:corr[not(parent::tei:choice)] | tei:expan[not(parent::tei:choice)] | tei:reg[not(parent::tei:choice)]" mode="tk:inline">
    <xsl:param name="reading" as="xs:string" tunnel="yes"/>
    <xsl:if test="$reading = 'normalised'">
      <xsl:apply-templates mode="tk:inline"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:app" mode="tk:inline">
    <xsl:apply-templates select="(tei:lem, tei:rdg)[1]" mode="tk:inline"/>
  </xsl:template>

  <xsl:template match="*[@rend][contains-token(@rend, 'brackets')]" mode="tk:inline" priority="2">
    <xsl:param name="reading" as="xs:string" tunnel="yes"/>
    <xsl:variable name="brackets" select="tk:shows-brackets(., $reading)"/>
    <xsl:if test="$brackets">[</xsl:if>
    <xsl:next-match/>
    <xsl:if test="$brackets">]</xsl:if>
  </xsl:template>

  <xsl:template match="tei:gap" mode="tk:inline">
    <xsl:choose>
      <xsl:when test="tei:desc[normalize-space()]"><xsl:apply-templates select="tei:desc" mode="tk:inline"/></xsl:when>
      <xsl:when test="contains-token(@rend, 'brackets')">…</xsl:when>
      <xsl:otherwise>[…]</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A note standing in the running text is called by its number; its words go to the notes. -->
  <xsl:template match="tei:note[tk:is-endnote(.) and empty(tk:note-anchor(.))]" mode="tk:inline">
    <xsl:text>[</xsl:text><xsl:value-of select="tk:note-number(.)"/><xsl:text>]</xsl:text>
  </xsl:template>
  <xsl:template match="tei:note[tk:is-endnote(.) and exists(tk:note-anchor(.))]" mode="tk:inline"/>

</xsl:stylesheet>
