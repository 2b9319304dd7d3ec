<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text of a TEI document as HTML (mode tk:html).

  One generic template renders every element: a table below says which HTML element stands for
  which TEI element; anything not listed becomes a div or span, so unknown elements keep their
  text. Where the HTML allows only phrasing content (inside p, h2, span, a ...) block elements
  fall back to span with a class, which the stylesheet displays as a block; that way a list inside
  a paragraph or a paragraph inside a line never makes invalid HTML. Templates of their own exist
  only for what needs more than a tag: headings, lists, tables, figures, notes, choices, names,
  dates and the editor's brackets.

  Tunnel parameters: phrasing (only phrasing content allowed here), in-link (inside an a: no
  nested links), anchors (give mentions and notes their ids; off in the page title), register
  (where name links point: '' for the entries on the page, else persons.html etc.), h-base (the
  heading level of the document title).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <!-- TEI element → HTML element where it stands as a block. -->
  <xsl:variable name="tk:block-tags" as="map(xs:string, xs:string)" select="map{
      'p': 'p', 'ab': 'p', 'item': 'li', 'row': 'tr', 'cell': 'td', 'quote': 'blockquote', 'epigraph': 'blockquote',
      'speaker': 'p', 'stage': 'p', 'dateline': 'p', 'signed': 'p', 'salute': 'p', 'byline': 'p', 'docAuthor': 'p',
      'docDate': 'p', 'docImprint': 'p', 'trailer': 'p', 'titlePart': 'p', 'bibl': 'p', 'label': 'p', 'role': 'p',
      'roleDesc': 'p', 'cit': 'blockquote', 'castItem': 'p' }"/>

  <!-- TEI element → HTML element inside running text. -->
  <xsl:variable name="tk:inline-tags" as="map(xs:string, xs:string)" select="map{
      'emph': 'em', 'title': 'cite', 'code': 'code', 'mentioned': 'em', 'term': 'i', 'foreign': 'i' }"/>

  <!-- hi/@rend tokens that have an HTML element of their own. -->
  <xsl:variable name="tk:rend-tags" as="map(xs:string, xs:string)" select="map{
      'italic': 'i', 'italics': 'i', 'i': 'i', 'bold': 'b', 'b': 'b', 'strong': 'strong',
      'sup': 'sup', 'superscript': 'sup', 'sub': 'sub', 'subscript': 'sub' }"/>

  <!-- HTML elements that may stand inside phrasing content. -->
  <xsl:variable name="tk:phrasing-content" as="xs:string*" select="(
      'span', 'a', 'em', 'i', 'b', 'strong', 'cite', 'code', 'sup', 'sub', 'time', 'small', 'br')"/>

  <!-- HTML elements whose own content must be phrasing content. -->
  <xsl:variable name="tk:phrasing-containers" as="xs:string*" select="(
      $tk:phrasing-content, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'dt', 'label')"/>

  <xsl:variable name="tk:phrasing-content-set" as="map(xs:string, xs:boolean)" select="tk:set($tk:phrasing-content)"/>
  <xsl:variable name="tk:phrasing-container-set" as="map(xs:string, xs:boolean)" select="tk:set($tk:phrasing-containers)"/>

  <!-- Text is copied as it is, elements without a rule of their own are passed through: Saxon's
       built-in rule copies a text node without calling a template (a twentieth of a page's time). -->
  <xsl:mode name="tk:html" on-no-match="text-only-copy"/>

  <xsl:template match="tei:teiHeader | tei:standOff | tei:facsimile | tei:sourceDoc | tei:figDesc" mode="tk:html"/>
  <xsl:template _match="{$tk:not-text-pattern}" mode="tk:html"/>
  <xsl:template match="tei:note[tk:is-endnote(.) and exists(tk:note-anchor(.))]" mode="tk:html"/>
  <xsl:template match="tei:milestone | tei:cb" mode="tk:html"/>

  <!-- ===== the generic element =====
       An HTML element for the context element, with its id, classes and language, and its
       children rendered inside it. Templates for particular elements come here by xsl:next-match
       with what they set themselves (a tag, a class, an id). Nearly every element of a document
       passes through here, so it calls no other template or function it can do without: when the
       choice of tag and the children were a named template called with parameters too, a page took
       a sixth more time; it writes the attributes tk:attributes writes itself (the call was a
       twentieth of a page's time), and asks tk:classes and tk:lang only of elements with something
       for them (most have neither @rend, @type, @place nor @xml:lang: another tenth). Saxon-HE
       calls every function it meets (it inlines none), so the elements that are blocks by their
       name alone are settled here, and a block outside running text takes its tag from
       $tk:block-tags here too, before tk:is-block and tk:tag-for are called for the rest. -->

  <xsl:template match="*" mode="tk:html">
    <xsl:param name="tag" as="xs:string?" select="()"/>
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:param name="id" as="xs:string?" select="()"/>
    <xsl:param name="phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="anchors" as="xs:boolean" select="true()" tunnel="yes"/>
    <xsl:variable name="name" select="local-name()"/>
    <xsl:variable name="block" select="map:contains($tk:block-set, $name) or tk:is-block(.)"/>
    <xsl:variable name="html-tag" select="if (exists($tag)) then $tag
        else if ($block and not($phrasing)) then ($tk:block-tags($name), 'div')[1]
        else tk:tag-for(., $block, $phrasing)"/>
    <xsl:variable name="more-classes" select="$class, 'tk-block'[$phrasing and $block]"/>
    <xsl:element name="{$html-tag}">
      <xsl:if test="$anchors and (@xml:id or $id)">
        <xsl:attribute name="id" select="(@xml:id, $id)[1]"/>
      </xsl:if>
      <xsl:attribute name="class" select="if (@rend or @type or @place or exists($more-classes))
          then string-join((tk:classes(.), $more-classes), ' ') else 'tei-' || $name"/>
      <xsl:if test="@xml:lang">
        <xsl:for-each select="tk:lang(.)">
          <xsl:attribute name="lang" select="."/>
        </xsl:for-each>
      </xsl:if>
      <xsl:variable name="inner-phrasing" select="map:contains($tk:phrasing-container-set, $html-tag)"/>
      <xsl:variable name="inner-link" select="$in-link or $html-tag = 'a'"/>
      <xsl:choose>
        <!-- Most elements leave both as they were: passing them on unchanged would copy every
             tunnel parameter for each element of the document. -->
        <xsl:when test="$inner-phrasing eq $phrasing and $inner-link eq $in-link">
          <xsl:apply-templates mode="tk:html"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates mode="tk:html">
            <xsl:with-param name="phrasing" select="$inner-phrasing" tunnel="yes"/>
            <xsl:with-param name="in-link" select="$inner-link" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- The HTML element a TEI element becomes by its name and @rend, and where it stands. -->
  <xsl:function name="tk:tag-for" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="block" as="xs:boolean"/>
    <xsl:param name="phrasing" as="xs:boolean"/>
    <xsl:variable name="name" select="local-name($e)"/>
    <xsl:variable name="wanted" select="
        if ($block) then ($tk:block-tags($name), 'div')[1]
        else ($tk:inline-tags($name), $e/self::tei:hi/tokenize(tk:lower-case(@rend), '\s+') ! $tk:rend-tags(.), 'span')[1]"/>
    <xsl:sequence select="if ($phrasing and not(map:contains($tk:phrasing-content-set, $wanted))) then 'span' else $wanted"/>
  </xsl:function>

  <xsl:template name="tk:attributes">
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:param name="id" as="xs:string?" select="()"/>
    <xsl:param name="anchors" as="xs:boolean" select="true()" tunnel="yes"/>
    <xsl:if test="$anchors and (@xml:id or $id)">
      <xsl:attribute name="id" select="(@xml:id, $id)[1]"/>
    </xsl:if>
    <xsl:attribute name="class" select="string-join((tk:classes(.), $class), ' ')"/>
    <xsl:for-each select="tk:lang(.)">
      <xsl:attribute name="lang" select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- Text nodes of bare whitespace between blocks would be dropped by HTML anyway; inside
       tables and lists HTML forbids them. -->
  <xsl:template match="tei:list/text()[not(normalize-space())] | tei:table/text()[not(normalize-space())]
                       | tei:row/text()[not(normalize-space())]" mode="tk:html"/>

  <!-- ===== divisions and headings ===== -->

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7" mode="tk:html">
    <xsl:param name="phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:next-match>
      <xsl:with-param name="tag" select="if ($phrasing) then 'span' else if (tei:head) then 'section' else 'div'"/>
    </xsl:next-match>
  </xsl:template>

  <xsl:function name="tk:heading-level" as="xs:integer">
    <xsl:param name="head" as="element()"/>
    <xsl:param name="base" as="xs:integer"/>
    <xsl:variable name="sections" select="$head/ancestor::*[tei:head][local-name() = ('div', 'div1', 'div2', 'div3', 'div4',
        'div5', 'div6', 'div7', 'castList', 'front', 'back', 'body', 'group', 'text')]"/>
    <xsl:sequence select="min((6, $base + max((1, count($sections)))))"/>
  </xsl:function>

  <xsl:template match="tei:head" mode="tk:html">
    <xsl:param name="phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="h-base" as="xs:integer" select="1" tunnel="yes"/>
    <xsl:param name="contents" as="map(*)" select="map{}" tunnel="yes"/>
    <xsl:variable name="heading" select="not(@type = 'sub') and not(parent::tei:list | parent::tei:table | parent::tei:figure
        | parent::tei:lg | parent::tei:sp | parent::tei:castGroup | parent::tei:quote)"/>
    <xsl:next-match>
      <xsl:with-param name="tag" select="
          if ($phrasing) then 'span'
          else if ($heading) then 'h' || tk:heading-level(., $h-base)
          else 'p'"/>
      <xsl:with-param name="class" select="if ($heading) then () else if (@type = 'sub') then 'tk-subhead' else 'tk-caption'"/>
      <xsl:with-param name="id" select="$contents(generate-id()) ! tk:head-anchor(current(), .)"/>
    </xsl:next-match>
  </xsl:template>

  <!-- ===== lists ===== -->

  <xsl:template match="tei:list" mode="tk:html">
    <xsl:param name="phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="ordered" select="tokenize(tk:lower-case(@rend || ' ' || @type), '\s+') = ('numbered', 'ordered', 'decimal')"/>
    <xsl:variable name="self-numbered" select="exists(tei:item) and (every $i in tei:item satisfies ($i/@n and starts-with(normalize-space($i), normalize-space($i/@n))))"/>
    <xsl:variable name="tag" select="if ($phrasing) then 'span' else if ($ordered) then 'ol' else 'ul'"/>
    <xsl:apply-templates select="tei:head" mode="tk:html"/>
    <xsl:element name="{$tag}">
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="class" select="('tk-block'[$phrasing], 'tk-nomarker'[$self-numbered])"/>
      </xsl:call-template>
      <!-- Everything but items (labels, page breaks) goes into the item it precedes. -->
      <xsl:for-each-group select="node()[not(self::tei:head)][not(self::text()[not(normalize-space())])]"
          group-ending-with="tei:item">
        <xsl:element name="{if ($phrasing) then 'span' else 'li'}">
          <xsl:for-each select="current-group()[self::tei:item]">
            <xsl:call-template name="tk:attributes">
              <xsl:with-param name="class" select="'tk-block'[$phrasing]"/>
            </xsl:call-template>
            <xsl:if test="$ordered and not($phrasing) and matches(@n, '^\d+$')">
              <xsl:attribute name="value" select="@n"/>
            </xsl:if>
          </xsl:for-each>
          <xsl:apply-templates select="current-group()[not(self::tei:item)]" mode="tk:html">
            <xsl:with-param name="phrasing" select="$phrasing" tunnel="yes"/>
          </xsl:apply-templates>
          <xsl:apply-templates select="current-group()[self::tei:item]/node()" mode="tk:html">
            <xsl:with-param name="phrasing" select="$phrasing" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:element>
      </xsl:for-each-group>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:list/tei:label" mode="tk:html">
    <span class="tei-label tk-list-label"><xsl:apply-templates mode="tk:html"/></span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- ===== tables ===== -->

  <xsl:template match="tei:table" mode="tk:html">
    <xsl:param name="phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="$phrasing">
        <xsl:next-match>
          <xsl:with-param name="tag" select="'span'"/>
        </xsl:next-match>
      </xsl:when>
      <xsl:otherwise>
        <div class="tk-table-wrap">
          <table>
            <xsl:call-template name="tk:attributes"/>
            <xsl:for-each select="tei:head[1]">
              <caption><xsl:apply-templates mode="tk:html"><xsl:with-param name="phrasing" select="false()" tunnel="yes"/></xsl:apply-templates></caption>
            </xsl:for-each>
            <xsl:if test="tei:row">
              <tbody><xsl:apply-templates select="tei:row" mode="tk:html"/></tbody>
            </xsl:if>
          </table>
          <xsl:apply-templates select="node() except (tei:row, tei:head[1])" mode="tk:html"/>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:row" mode="tk:html">
    <xsl:param name="phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="$phrasing">
        <xsl:next-match>
          <xsl:with-param name="tag" select="'span'"/>
        </xsl:next-match>
      </xsl:when>
      <xsl:otherwise>
        <tr>
          <xsl:call-template name="tk:attributes"/>
          <xsl:apply-templates select="tei:cell" mode="tk:html"/>
        </tr>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:cell" mode="tk:html">
    <xsl:param name="phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="tag" select="if ($phrasing) then 'span' else if (@role = 'label' or ../@role = 'label') then 'th' else 'td'"/>
    <xsl:element name="{$tag}">
      <xsl:call-template name="tk:attributes"/>
      <xsl:if test="not($phrasing)">
        <xsl:if test="@cols[. castable as xs:positiveInteger][xs:integer(.) gt 1]">
          <xsl:attribute name="colspan" select="min((xs:integer(@cols), 1000))"/>
        </xsl:if>
        <xsl:if test="@rows[. castable as xs:positiveInteger][xs:integer(.) gt 1]">
          <xsl:attribute name="rowspan" select="min((xs:integer(@rows), 65534))"/>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates mode="tk:html">
        <xsl:with-param name="phrasing" select="$phrasing" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- ===== figures and images: no image is fetched; the reader gets a link to the file ===== -->

  <xsl:template match="tei:figure" mode="tk:html">
    <xsl:param name="phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="captions" select="tei:head | tei:figDesc"/>
    <xsl:element name="{if ($phrasing) then 'span' else 'figure'}">
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="class" select="'tk-block'[$phrasing]"/>
      </xsl:call-template>
      <xsl:apply-templates select="node() except $captions" mode="tk:html"/>
      <xsl:if test="$captions">
        <xsl:element name="{if ($phrasing) then 'span' else 'figcaption'}">
          <xsl:attribute name="class" select="'tk-caption'"/>
          <xsl:for-each select="$captions">
            <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
            <xsl:apply-templates mode="tk:html">
              <xsl:with-param name="phrasing" select="true()" tunnel="yes"/>
            </xsl:apply-templates>
          </xsl:for-each>
        </xsl:element>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:graphic | tei:media" mode="tk:html">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="href" select="tk:safe-href(@url)"/>
    <xsl:variable name="file" select="tokenize(normalize-space(@url), '/')[last()]"/>
    <span class="tk-graphic">
      <xsl:choose>
        <xsl:when test="$href and not($in-link)"><a href="{$href}">Image: <xsl:value-of select="$file"/></a></xsl:when>
        <xsl:when test="$file">Image: <xsl:value-of select="$file"/></xsl:when>
        <xsl:otherwise>Image (no file named)</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- ===== line and page breaks ===== -->

  <xsl:template match="tei:lb" mode="tk:html">
    <xsl:if test="not(@break = 'no')"><br/></xsl:if>
  </xsl:template>

  <!-- A page break; where it names the page's image (@facs: a URL, or a surface or graphic of the facsimile), a link to it. -->
  <xsl:template match="tei:pb" mode="tk:html">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="facs" select="normalize-space(@facs)"/>
    <xsl:variable name="image" select="if (starts-with($facs, '#')) then
        tk:pointed(., $facs)/(self::tei:graphic/@url, .//tei:graphic/@url)[1] ! tk:safe-href(.) else tk:safe-href($facs)"/>
    <xsl:element name="{if ($image and not($in-link)) then 'a' else 'span'}">
      <xsl:attribute name="class" select="'tk-pb'"/>
      <xsl:if test="$image and not($in-link)"><xsl:attribute name="href" select="$image"/></xsl:if>
      <xsl:attribute name="data-tip" select="'Page break in the source' || (@n ! (' (page ' || . || ')')) || ($image ! ': image of the page')"/>
      <xsl:value-of select="if (normalize-space(@n)) then '[' || normalize-space(@n) || ']' else '‖'"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:anchor[@xml:id]" mode="tk:html">
    <xsl:param name="anchors" as="xs:boolean" select="true()" tunnel="yes"/>
    <xsl:if test="$anchors"><span id="{@xml:id}"></span></xsl:if>
  </xsl:template>

  <!-- ===== the two readings ===== -->

  <!-- Which side of a choice is which, and how a reader is told about it. -->
  <xsl:variable name="tk:choice-labels" as="map(xs:string, xs:string)" select="map{
      'sic': 'As transmitted', 'corr': 'Corrected', 'abbr': 'Abbreviation', 'expan': 'Expansion',
      'orig': 'Original spelling', 'reg': 'Regularised' }"/>

  <xsl:template match="tei:choice" mode="tk:html">
    <xsl:variable name="transmitted" select="(tei:sic, tei:abbr, tei:orig)[1]"/>
    <xsl:variable name="edited" select="(tei:corr, tei:expan, tei:reg)[1]"/>
    <xsl:choose>
      <xsl:when test="$transmitted and $edited">
        <span class="tk-choice" data-tip="{string-join(($transmitted, $edited) ! ($tk:choice-labels(local-name(.)) || ': ' || normalize-space(.)), ' · ')}">
          <xsl:apply-templates select="$transmitted" mode="tk:reading">
            <xsl:with-param name="reading" select="'dipl'"/>
          </xsl:apply-templates>
          <xsl:apply-templates select="$edited" mode="tk:reading">
            <xsl:with-param name="reading" select="'norm'"/>
          </xsl:apply-templates>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="tk:html"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="tk:reading">
    <xsl:param name="reading" as="xs:string"/>
    <span>
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="class" select="'tk-' || $reading"/>
      </xsl:call-template>
      <xsl:apply-templates mode="tk:html">
        <xsl:with-param name="phrasing" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

  <xsl:template match="tei:corr | tei:expan | tei:reg" mode="tk:html">
    <xsl:apply-templates select="." mode="tk:reading">
      <xsl:with-param name="reading" select="'norm'"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="tei:sic" mode="tk:html">
    <span data-tip="sic: so in the source">
      <xsl:call-template name="tk:attributes"/>
      <xsl:apply-templates mode="tk:html">
        <xsl:with-param name="phrasing" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

  <xsl:template match="tei:app" mode="tk:html">
    <xsl:variable name="lem" select="(tei:lem, tei:rdg)[1]"/>
    <xsl:variable name="others" select="tei:rdg except $lem"/>
    <span class="tei-app" data-tip="{string-join($others ! (normalize-space(@wit) ! (. || ': ') || normalize-space(.)), ' · ') ! ('Variant readings: ' || .)}">
      <xsl:apply-templates select="$lem/node()" mode="tk:html">
        <xsl:with-param name="phrasing" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

  <!-- The editor's square brackets: shown in the diplomatic reading only. -->
  <xsl:template match="*[@rend][contains-token(@rend, 'brackets')]" mode="tk:html" priority="2">
    <span class="tk-bracket tk-dipl">[</span>
    <xsl:next-match/>
    <span class="tk-bracket tk-dipl">]</span>
  </xsl:template>

  <xsl:variable name="tk:editorial-tips" as="map(xs:string, xs:string)" select="map{
      'supplied': 'Supplied by the editor', 'gap': 'Omitted by the editor', 'note': 'Remark by the editor',
      'add': 'Added in the source', 'del': 'Deleted in the source', 'unclear': 'Unclear in the source' }"/>

  <xsl:template match="tei:supplied | tei:note[@type = 'editorial'] | tei:add | tei:del | tei:unclear" mode="tk:html">
    <xsl:param name="phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="tag" select="tk:tag-for(., tk:is-block(.), $phrasing)"/>
    <xsl:element name="{$tag}">
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="class" select="'tk-editorial'"/>
      </xsl:call-template>
      <xsl:attribute name="data-tip" select="$tk:editorial-tips(local-name())"/>
      <xsl:apply-templates mode="tk:html">
        <xsl:with-param name="phrasing" select="map:contains($tk:phrasing-container-set, $tag)" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:gap" mode="tk:html">
    <span class="tei-gap tk-editorial" data-tip="{$tk:editorial-tips('gap')}{@reason ! (' (' || . || ')')}">
      <xsl:choose>
        <xsl:when test="tei:desc[normalize-space()]">
          <xsl:apply-templates select="tei:desc/node()" mode="tk:html">
            <xsl:with-param name="phrasing" select="true()" tunnel="yes"/>
          </xsl:apply-templates>
        </xsl:when>
        <xsl:when test="contains-token(@rend, 'brackets')">…</xsl:when>
        <xsl:otherwise>[…]</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- A speech carries an anchor the register of characters links to. -->
  <xsl:template match="tei:sp[not(@xml:id)]" mode="tk:html">
    <xsl:param name="speeches" as="map(*)" select="map{}" tunnel="yes"/>
    <xsl:param name="anchors" as="xs:boolean" select="true()" tunnel="yes"/>
    <xsl:param name="phrasing" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="n" select="$speeches(generate-id())"/>
    <xsl:if test="$anchors and exists($n) and not($phrasing)"><span class="tk-anchor" id="{tk:speech-anchor(., $n)}"></span></xsl:if>
    <xsl:next-match/>
  </xsl:template>

  <!-- ===== names and dates ===== -->

  <!-- What renders as a link, so that no link ends up inside another. -->
  <xsl:function name="tk:renders-link" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="tk:is-mention($e) or ($e/self::tei:ref | $e/self::tei:ptr)[@target]
        or ($e/self::tei:note and tk:is-endnote($e) and empty(tk:note-anchor($e)))"/>
  </xsl:function>

  <xsl:template match="*[map:contains($tk:name-element-set, local-name())]" mode="tk:html">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="anchors" as="xs:boolean" select="true()" tunnel="yes"/>
    <xsl:param name="register" as="map(xs:string, xs:string)" select="map{}" tunnel="yes"/>
    <xsl:variable name="entry" select="tk:target(.)"/>
    <xsl:variable name="key" select="tk:mention-key(.)"/>
    <xsl:variable name="kind" select="$key ! tk:mention-kind(current())"/>
    <xsl:variable name="outside" select="if ($entry) then () else tk:safe-href(tk:outside-pointer(.))"/>
    <xsl:variable name="linkable" select="$anchors and not($in-link) and not(.//*[tk:renders-link(.)])"/>
    <!-- In a site, a name links to its register entry; on a page alone, to the entry in its list of names. -->
    <xsl:variable name="href" select="
        if ($entry and map:contains($register, $kind)) then $register($kind) || '#' || tk:entry-corpus-id($entry)
        else if ($entry) then '#' || $entry/@xml:id
        else if ($outside) then $outside
        else if ($key and map:contains($register, $kind)) then $register($kind) || '#' || $key
        else ()"/>
    <xsl:element name="{if ($linkable and $href) then 'a' else 'span'}">
      <xsl:if test="$anchors and $key">
        <xsl:attribute name="id" select="tk:mention-anchor(.)"/>
      </xsl:if>
      <xsl:if test="$linkable and $href">
        <xsl:attribute name="href" select="$href"/>
      </xsl:if>
      <xsl:attribute name="class" select="string-join((tk:classes(.), 'tk-name', $kind ! ('tk-mention', 'tk-' || .)), ' ')"/>
      <xsl:if test="$entry">
        <xsl:attribute name="data-entry" select="$entry/@xml:id"/>
      </xsl:if>
      <xsl:if test="$outside">
        <xsl:attribute name="data-tip" select="'Authority: ' || $outside"/>
      </xsl:if>
      <xsl:apply-templates mode="tk:html">
        <xsl:with-param name="phrasing" select="true()" tunnel="yes"/>
        <xsl:with-param name="in-link" select="$in-link or ($linkable and exists($href))" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:date[tk:has-value(.)] | tei:time[tk:has-value(.)]" mode="tk:html">
    <xsl:variable name="machine" select="tk:machine-date(@when)"/>
    <xsl:element name="{if ($machine) then 'time' else 'span'}">
      <xsl:call-template name="tk:attributes">
        <xsl:with-param name="class" select="'tk-date'"/>
      </xsl:call-template>
      <xsl:if test="$machine">
        <xsl:attribute name="datetime" select="$machine"/>
      </xsl:if>
      <xsl:attribute name="data-tip" select="string-join((
          'ISO 8601: ' || tk:date-iso(.),
          @cert ! ('certainty: ' || .),
          (@resp[. = '#teikit'] ! 'tagged by teikit')), ' · ')"/>
      <xsl:apply-templates mode="tk:html">
        <xsl:with-param name="phrasing" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:measure[@quantity or @unit]" mode="tk:html">
    <span class="tei-measure" data-tip="{string-join((@quantity, @unit), ' ')}">
      <xsl:apply-templates mode="tk:html">
        <xsl:with-param name="phrasing" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </span>
  </xsl:template>

  <!-- ===== links ===== -->

  <xsl:template match="tei:ref[@target] | tei:ptr[@target]" mode="tk:html">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="href" select="tk:safe-href(@target)"/>
    <xsl:variable name="internal" select="tk:pointed(., @target)"/>
    <xsl:variable name="tag" select="if ($href and not($in-link) and not(.//*[tk:renders-link(.)])) then 'a' else 'span'"/>
    <xsl:element name="{$tag}">
      <xsl:call-template name="tk:attributes"/>
      <xsl:if test="$tag = 'a'">
        <xsl:attribute name="href" select="if ($internal) then '#' || $internal/@xml:id else $href"/>
      </xsl:if>
      <xsl:apply-templates mode="tk:html">
        <xsl:with-param name="phrasing" select="true()" tunnel="yes"/>
        <xsl:with-param name="in-link" select="$in-link or $tag = 'a'" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:if test="self::tei:ptr">
        <xsl:value-of select="normalize-space(@target)"/>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- ===== notes: called in the text, given at the end ===== -->

  <xsl:template match="tei:ref[@type = 'noteAnchor'][tk:pointed(., @target)/self::tei:note]" mode="tk:html" priority="1">
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="anchors" as="xs:boolean" select="true()" tunnel="yes"/>
    <xsl:call-template name="tk:note-call">
      <xsl:with-param name="note" select="tk:pointed(., @target)"/>
      <xsl:with-param name="marker" as="node()*">
        <xsl:apply-templates mode="tk:html">
          <xsl:with-param name="phrasing" select="true()" tunnel="yes"/>
          <xsl:with-param name="in-link" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:note[tk:is-endnote(.) and empty(tk:note-anchor(.))]" mode="tk:html">
    <xsl:call-template name="tk:note-call">
      <xsl:with-param name="note" select="."/>
      <xsl:with-param name="marker" as="text()"><xsl:value-of select="tk:note-number(.)"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="tk:note-call">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:param name="marker" as="node()*"/>
    <xsl:param name="in-link" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="anchors" as="xs:boolean" select="true()" tunnel="yes"/>
    <sup class="tk-noteref">
      <xsl:choose>
        <xsl:when test="$anchors and not($in-link)">
          <a href="#{tk:note-id($note)}" id="{tk:note-ref-id($note)}" aria-label="Note {tk:note-number($note)}">
            <xsl:sequence select="$marker"/>
          </a>
        </xsl:when>
        <xsl:otherwise><xsl:sequence select="$marker"/></xsl:otherwise>
      </xsl:choose>
    </sup>
  </xsl:template>

</xsl:stylesheet>
