<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a corpus site keeps of a document: its title, date and source for the index, the register
  entries it mentions, and each mention with its anchor and a few words of context for the
  registers. Everything else of the document is let go once this is written, so that building a
  site needs memory for the index and registers only. Output: one JSON object.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    exclude-result-prefixes="#all">

  <xsl:include href="common.xsl"/>
  <xsl:include href="reading.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="register.xsl"/>

  <xsl:output method="json" encoding="UTF-8" indent="no"/>

  <!-- How many characters of context a register shows on each side of a mention. -->
  <xsl:param name="context" as="xs:integer" select="70"/>

  <xsl:template match="/">
    <xsl:variable name="doc" select="*"/>
    <xsl:variable name="fields" select="tk:metadata($doc)"/>
    <xsl:variable name="date" select="tk:date-element($doc)"/>
    <!-- A header that gives its date only in words: read it, so that it sorts with the others. -->
    <xsl:variable name="worded" select="if ($date) then '' else
        (tk:header-date-texts($doc) ! tk:text-date(.))[.][1]"/>
    <xsl:sequence select="map{
        'title': string(($fields[?key = 'title']?value, 'Untitled document')[1]),
        'date': if ($date) then tk:date-display($date) else tk:iso-display($worded),
        'iso': string(($fields[?key = 'date']?iso, $worded, '')[1]),
        'sort': string(($fields[?key = 'date']?sort, $worded, '')[1]),
        'authors': array{ distinct-values(tk:authors($doc)) },
        'type': tk:genre($doc),
        'words': tk:search-words($doc/tei:text),
        'summary': tk:plain($doc/tei:teiHeader/tei:profileDesc/tei:abstract, 'normalised'),
        'source': string-join($fields[?key = ('archive', 'collection', 'shelfmark')]?value, ', '),
        'publisher': string(($fields[?key = 'publisher']?value, '')[1]),
        'entries': array{ tk:mentioned-entries($doc) ! tk:entry-map(.), tk:name-entries($doc), tk:cast-entries($doc) },
        'mentions': array{ tk:mention-maps(tk:mentions($doc)) },
        'speeches': tk:speech-anchors($doc)
      }"/>
  </xsl:template>

  <!-- Where headers write dates in words when they give no ISO value; last, a year the title names
       ("Milestones: 1981–1988"): better sorted by it than not at all. -->
  <xsl:function name="tk:header-date-texts" as="xs:string*">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="h" select="$doc/tei:teiHeader"/>
    <xsl:sequence select="($h/tei:profileDesc/tei:creation//tei:date, $h/tei:fileDesc/tei:publicationStmt/tei:date[@type = 'created'],
        $h/tei:fileDesc/tei:sourceDesc//tei:date, $h/tei:fileDesc/tei:publicationStmt/tei:date)[normalize-space()] ! string(.),
        tk:title-element($doc) ! string(.)"/>
  </xsl:function>

  <!-- The authors the title statement names, each once, as the metadata panel names them. -->
  <xsl:function name="tk:authors" as="xs:string*">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="$doc/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author ! tk:field-text('author', .)[.]"/>
  </xsl:function>

  <!-- Genre or type where the header gives one; a text made of speeches is a play. -->
  <xsl:function name="tk:genre" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="class" select="$doc/tei:teiHeader/tei:profileDesc/tei:textClass"/>
    <xsl:variable name="given" select="($class/tei:keywords/tei:term[@type = ('genreTitle', 'genre', 'type')],
        $class/tei:keywords/tei:term, $doc/tei:text/@type)[normalize-space()][1] ! normalize-space(.)"/>
    <xsl:sequence select="($given, 'Drama'[exists($doc/tei:text//tei:sp)], '')[1]"/>
  </xsl:function>

  <!--
    Each mention with its context. The block around a mention is read once for all the mentions
    in it (not once per mention): every mention is fenced in by two tk:here markers naming it,
    and a mention's context is what lies outside its own fence, other fences left out.
  -->
  <xsl:function name="tk:mention-maps" as="map(*)*">
    <xsl:param name="mentions" as="element()*"/>
    <xsl:for-each-group select="$mentions" group-adjacent="generate-id(tk:context-block(.))">
      <xsl:variable name="parts" as="item()*">
        <xsl:apply-templates select="tk:context-block(.)/node()" mode="tk:inline">
          <xsl:with-param name="reading" select="'normalised'" tunnel="yes"/>
          <xsl:with-param name="fenced" select="current-group()" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:variable>
      <xsl:variable name="fences" select="$parts ! (if (. instance of element(tk:here)) then string(@of) else '')"/>
      <xsl:for-each select="current-group()">
        <xsl:variable name="fence" select="index-of($fences, generate-id(.))"/>
        <xsl:sequence select="map{
            'entry': tk:mention-key(.),
            'anchor': tk:mention-anchor(.),
            'text': tk:plain(., 'normalised'),
            'before': tk:clip(tk:joined(tk:words-between($parts, 1, $fence[1] - 1)), $context, false()),
            'after': tk:clip(tk:joined(tk:words-between($parts, $fence[2] + 1, count($parts))), $context, true())
          }"/>
      </xsl:for-each>
    </xsl:for-each-group>
  </xsl:function>

  <!--
    A play's cast: everyone who speaks (sp/@who), named as the cast list or particDesc names them,
    in the order of the cast list. Ids are the play's own, so entries are the play's alone.
  -->
  <xsl:function name="tk:cast-entries" as="map(*)*">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="title" select="string((tk:title-element($doc) ! tk:plain(., 'normalised'), 'Untitled document')[1])"/>
    <xsl:variable name="who" select="distinct-values($doc/tei:text//tei:sp/@who ! tokenize(normalize-space(.), ' ') ! tk:without-hash(.))[.]"/>
    <xsl:variable name="cast" select="$doc/tei:text//tei:castList//tei:role"/>
    <xsl:variable name="listed" select="$doc/tei:teiHeader/tei:profileDesc/tei:particDesc//(tei:person | tei:personGrp)"/>
    <xsl:for-each select="$who">
      <xsl:variable name="id" select="."/>
      <xsl:variable name="person" select="$listed[@xml:id = $id][1]"/>
      <xsl:variable name="role" select="$cast[@xml:id = $id or tokenize(normalize-space(@corresp), ' ') = '#' || $id][1]"/>
      <xsl:variable name="place" select="(index-of($listed/@xml:id ! string(.), $id)[1], index-of($cast ! string((@xml:id, substring-after(@corresp, '#'))[1]), $id)[1] + 1000, 9999)[1]"/>
      <xsl:variable name="speaker" select="(tk:speeches-of($doc, $id)/tei:speaker)[1]"/>
      <xsl:sequence select="map{
          'id': 'cast:' || $id,
          'corpus': tk:doc-stem($doc) || '.cast.' || tk:slug($id),
          'group': $title,
          'grouped': '',
          'kind': 'cast',
          'name': (($person ! tk:entry-name(.)), ($role ! tk:spaced-text(.)), ($speaker ! replace(tk:spaced-text(.), '[.:]$', '')), $id)[normalize-space()][1],
          'sort': tk:lower-case($title) || ' ' || format-number($place, '00000'),
          'type': '',
          'variants': array{ distinct-values(($role ! tk:spaced-text(.))[. != ($person ! tk:entry-name(.))]) },
          'roles': array{ distinct-values($role/parent::tei:castItem/tei:roleDesc ! tk:spaced-text(.)) },
          'authorities': array{ $person ! tk:entry-authorities(.) },
          'note': ''
        }"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The speeches of the text a character speaks (a play's cast of 40 asked of its 600 speeches each: a key). -->
  <xsl:key name="tk:speeches" match="tei:text//tei:sp" use="tokenize(normalize-space(@who), ' ')"/>

  <xsl:function name="tk:speeches-of" as="element(tei:sp)*">
    <xsl:param name="doc" as="element()"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if (root($doc) instance of document-node()) then key('tk:speeches', '#' || $id, root($doc))[ancestor::tei:text[parent::* is $doc]]
        else $doc/tei:text//tei:sp[tokenize(normalize-space(@who), ' ') = '#' || $id]"/>
  </xsl:function>

  <!-- Each speech as a mention of each speaker it names: for each cast entry, the anchors of its
       speeches in document order. A play has thousands: the register links each by its number
       rather than quoting it, so a mention here is its anchor alone, not a map for each (a third
       of what a play's summary held, written and read again for nothing). -->
  <xsl:function name="tk:speech-anchors" as="map(xs:string, array(xs:string))">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="pairs" as="array(xs:string)*">
      <xsl:for-each select="$doc//tei:sp">
        <xsl:variable name="anchor" select="tk:speech-anchor(., position())"/>
        <xsl:for-each select="distinct-values(tokenize(normalize-space(@who), ' ') ! tk:without-hash(.))[.]">
          <xsl:sequence select="['cast:' || ., $anchor]"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:map>
      <xsl:for-each-group select="$pairs" group-by="?1">
        <xsl:map-entry key="current-grouping-key()" select="array{ current-group() ! ?2 }"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- A pointer's id without its '#' (a play has thousands of @who: no regular expression each). -->
  <xsl:function name="tk:without-hash" as="xs:string">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:sequence select="if (starts-with($pointer, '#')) then substring($pointer, 2) else $pointer"/>
  </xsl:function>

  <!-- The nearest block a mention stands in: its context is drawn from there. -->
  <xsl:function name="tk:context-block" as="element()?">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="($mention/ancestor::*[tk:is-block(.)])[last()]"/>
  </xsl:function>

  <!-- The parts from position $from to $to, fences left out. -->
  <xsl:function name="tk:words-between" as="item()*">
    <xsl:param name="parts" as="item()*"/>
    <xsl:param name="from" as="xs:integer"/>
    <xsl:param name="to" as="xs:integer"/>
    <xsl:sequence select="subsequence($parts, $from, $to - $from + 1)[not(. instance of element(tk:here))]"/>
  </xsl:function>

  <xsl:template match="*" mode="tk:inline" priority="5">
    <xsl:param name="fenced" as="element()*" select="()" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="exists($fenced[. is current()])">
        <tk:here of="{generate-id()}"/><xsl:next-match/><tk:here of="{generate-id()}"/>
      </xsl:when>
      <xsl:otherwise><xsl:next-match/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    Whitespace collapsed but kept at the edges, where it parts the context from the name: what
    replace($raw, '\s+', ' ') gives, without running a regular expression over the whole block
    for every mention in it (normalize-space() knows the same four characters as \s).
  -->
  <xsl:function name="tk:joined" as="xs:string">
    <xsl:param name="parts" as="item()*"/>
    <xsl:variable name="raw" select="string-join($parts ! (if (. instance of element()) then ' ' else string(.)))"/>
    <xsl:variable name="words" select="normalize-space($raw)"/>
    <xsl:sequence select="if ($raw = '') then ''
        else if ($words = '') then ' '
        else (if (normalize-space(substring($raw, 1, 1)) = '') then ' ' else '') || $words
             || (if (normalize-space(substring($raw, string-length($raw))) = '') then ' ' else '')"/>
  </xsl:function>

  <!-- At most $max characters next to the mention, cut at a word boundary. -->
  <xsl:function name="tk:clip" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="max" as="xs:integer"/>
    <xsl:param name="after" as="xs:boolean"/>
    <xsl:choose>
      <xsl:when test="string-length($text) le $max"><xsl:sequence select="$text"/></xsl:when>
      <xsl:when test="$after">
        <xsl:sequence select="replace(substring($text, 1, $max), '\s+\S*$', '') || ' …'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="'… ' || replace(substring($text, string-length($text) - $max + 1), '^\S*\s+', '')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
