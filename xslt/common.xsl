<?xml version="1.0" encoding="UTF-8"?>
<!--
  What every view needs to know about a TEI document: where its title and date are, what a
  pointer points at, which elements are mentions of register entries and how their anchors are
  named. The HTML page, the text view and the corpus summary all read the document through these
  functions, so a mention anchor written into a page is the same one the corpus registers link to.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:key name="tk:by-id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- Mentions are the names in the text that point at a register entry in the same document. -->
  <xsl:key name="tk:mentions" match="tei:text//*[tk:is-mention(.)]" use="tk:target(.)/@xml:id/string()"/>

  <!-- Which register a target element belongs to; anything else is not registered. -->
  <xsl:variable name="tk:entry-kinds" as="map(xs:string, xs:string)"
      select="map{ 'person':'person', 'personGrp':'person', 'place':'place', 'org':'org' }"/>

  <xsl:variable name="tk:name-elements" as="xs:string*" select="('persName', 'placeName', 'orgName', 'name', 'rs')"/>
  <xsl:variable name="tk:name-element-set" as="map(xs:string, xs:boolean)" select="tk:set($tk:name-elements)"/>

  <!-- A list of names as a set, for lookups in constant time (a general comparison with the list
       compares with each name in turn). -->
  <xsl:function name="tk:set" as="map(xs:string, xs:boolean)">
    <xsl:param name="names" as="xs:string*"/>
    <xsl:sequence select="map:merge($names ! map{ .: true() })"/>
  </xsl:function>

  <!--
    lower-case() and upper-case() as XPath defines them, whatever the JVM's locale. Saxon 12's
    compiled code calls Java's String.toLowerCase()/toUpperCase() in the default locale, which in
    Turkish and Azeri turns "I" into a dotless "ı" and "i" into "İ" (so "Imre" would sort, search
    and compare as "ımre"). The letters those locales treat apart are given their root forms first.
  -->
  <xsl:function name="tk:lower-case" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="lower-case(translate(if (contains($s, '&#x130;')) then replace($s, '&#x130;', 'i&#x307;') else $s, 'I', 'i'))"/>
  </xsl:function>

  <xsl:function name="tk:upper-case" as="xs:string">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="upper-case(translate($s, 'i&#x131;', 'II'))"/>
  </xsl:function>

  <!-- The element a #pointer in @ref/@target names, if it is in this document. -->
  <xsl:function name="tk:pointed" as="element()?">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="first" select="tokenize(normalize-space($pointer), ' ')[1]"/>
    <xsl:sequence select="if (starts-with($first, '#') and string-length($first) gt 1)
                          then key('tk:by-id', substring($first, 2), root($context))[1] else ()"/>
  </xsl:function>

  <xsl:function name="tk:target" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="tk:pointed($name, $name/@ref)"/>
  </xsl:function>

  <xsl:function name="tk:is-mention" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="map:contains($tk:name-element-set, local-name($e)) and exists($e/@ref)
                          and map:contains($tk:entry-kinds, string(local-name(tk:target($e))))"
       />
  </xsl:function>

  <xsl:function name="tk:entry-kind" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$tk:entry-kinds(local-name($entry))"/>
  </xsl:function>

  <!-- The anchor of a mention: its entry's id and its place among that entry's mentions. -->
  <xsl:function name="tk:mention-anchor" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="id" select="string(tk:target($mention)/@xml:id)"/>
    <xsl:variable name="before" select="key('tk:mentions', $id, root($mention))[. &lt;&lt; $mention]"/>
    <xsl:sequence select="'tk-m-' || $id || '-' || (count($before) + 1)"/>
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

  <!-- An href that a page may carry: web, mail and relative links; never script or data URLs. -->
  <xsl:function name="tk:safe-href" as="xs:string?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="first" select="tokenize(normalize-space($pointer), ' ')[1]"/>
    <xsl:variable name="scheme" select="if (matches($first, '^[A-Za-z][A-Za-z0-9+.\-]*:'))
        then tk:lower-case(substring-before($first, ':')) else ''"/>
    <xsl:sequence select="if (not($first)) then ()
        else if ($scheme = ('', 'http', 'https', 'mailto')) then iri-to-uri($first)
        else ()"/>
  </xsl:function>

  <!-- CSS classes from @rend, @type and @place: only plain tokens, never the source's own CSS.
       Most elements have none of the three: asking for each first spares them the path in
       document order, which costs more than the rest of the function. -->
  <xsl:function name="tk:classes" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'tei-' || local-name($e),
        if (not($e/@rend or $e/@type or $e/@place)) then () else
        for $a in $e/(@rend, @type, @place), $t in tokenize(normalize-space($a), ' ')[matches(., '^[A-Za-z0-9_\-]+$')]
        return 'r-' || local-name($a) || '-' || tk:lower-case($t)"/>
  </xsl:function>

  <!-- A language tag a browser accepts, or nothing. -->
  <xsl:function name="tk:lang" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/@xml:lang[matches(., '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$')]/string()"/>
  </xsl:function>

  <!-- The language of the document's text: the text's own, the TEI's, or English. -->
  <xsl:function name="tk:doc-lang" as="xs:string">
    <xsl:param name="doc" as="element()"/>
    <xsl:sequence select="(tk:lang($doc), $doc/tei:text ! tk:lang(.), 'en')[1]"/>
  </xsl:function>

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

  <!-- Display names of register entries. -->
  <xsl:function name="tk:entry-name-element" as="element()?">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$entry/(tei:persName, tei:placeName, tei:orgName, tei:name, tei:geogName)"/>
    <xsl:sequence select="($names[not(@type = ('variant', 'alt'))], $names)[1]"/>
  </xsl:function>

  <xsl:function name="tk:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="n" select="tk:entry-name-element($entry)"/>
    <xsl:sequence select="if ($n) then tk:spaced-text($n) else string($entry/@xml:id)"/>
  </xsl:function>

  <!-- "Kowalski, Jan" for sorting a register: surname first where the entry says which it is. -->
  <xsl:function name="tk:entry-sort" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="n" select="tk:entry-name-element($entry)"/>
    <xsl:sequence select="if ($n/tei:surname)
        then string-join((tk:spaced-text($n/tei:surname[1]), $n/tei:forename ! tk:spaced-text(.)), ', ')
        else tk:entry-name($entry)"/>
  </xsl:function>

  <xsl:function name="tk:entry-variants" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="main" select="tk:entry-name-element($entry)"/>
    <xsl:sequence select="distinct-values(
        $entry/(tei:persName, tei:placeName, tei:orgName, tei:name, tei:geogName)[not(. is $main)] ! tk:spaced-text(.))"/>
  </xsl:function>

  <xsl:function name="tk:entry-roles" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="distinct-values($entry/(tei:occupation, tei:roleName, tei:affiliation, tei:persName/tei:roleName) ! tk:spaced-text(.))"/>
  </xsl:function>

  <!-- Authority links: URIs given as idno, and the common identifier schemes spelled out. -->
  <xsl:variable name="tk:authority-prefixes" as="map(xs:string, xs:string)" select="map{
      'wikidata': 'https://www.wikidata.org/wiki/',
      'viaf': 'https://viaf.org/viaf/',
      'gnd': 'https://d-nb.info/gnd/',
      'geonames': 'https://www.geonames.org/' }"/>

  <xsl:function name="tk:entry-authorities" as="map(xs:string, xs:string)*">
    <xsl:param name="entry" as="element()"/>
    <xsl:for-each select="$entry/tei:idno[normalize-space()]">
      <xsl:variable name="value" select="normalize-space(.)"/>
      <xsl:variable name="scheme" select="tk:lower-case(normalize-space(@type))"/>
      <xsl:variable name="href" select="
          if (matches($value, '^https?://')) then $value
          else if (map:contains($tk:authority-prefixes, $scheme)) then $tk:authority-prefixes($scheme) || $value
          else ()"/>
      <xsl:sequence select="map{ 'label': $value, 'href': string(tk:safe-href($href)) }"/>
    </xsl:for-each>
  </xsl:function>

  <!-- Plain text of a name, with its parts kept apart ("Jan" "Kowalski") and the transmitted
       side of a choice left out. -->
  <xsl:variable name="tk:name-parts" as="xs:string*"
      select="('forename', 'surname', 'roleName', 'addName', 'genName', 'nameLink', 'placeName', 'orgName', 'persName')"/>

  <xsl:function name="tk:spaced-text" as="xs:string">
    <xsl:param name="e" as="node()"/>
    <xsl:variable name="texts" select="$e//text()[not(ancestor::*[parent::tei:choice][local-name() = ('sic', 'abbr', 'orig')])]"/>
    <xsl:sequence select="normalize-space(string-join(
        for $t in $texts return if ($t/.. is $e or not(local-name($t/..) = $tk:name-parts)) then string($t) else ' ' || $t || ' '))
        => replace(' ([,.;:!?)])', '$1')"/>
  </xsl:function>

</xsl:stylesheet>
