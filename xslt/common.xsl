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

  <!--
    Mentions are the names in the text (persName, placeName, orgName, name and rs of a known
    @type). One that points (@ref, @corresp or @key) at a register entry - in the file, its
    standOff or its header, or in the register file given to the build - is a mention of that
    entry; one that points at an authority URL is grouped by that URL; one without a usable
    pointer is grouped by its normalised name. Each mention has a key naming its group within the
    document, and a corpus id naming it across the corpus (see tk:corpus-id).
  -->
  <xsl:key name="tk:mentions" match="tei:text//*[tk:is-mention(.)]" use="tk:mention-key(.)"/>

  <!-- A separate register file (a project's list of persons or places), or nothing. -->
  <xsl:param name="register-file" as="document-node()?" select="()"/>

  <!-- Which register a target element belongs to; anything else is not registered. -->
  <xsl:variable name="tk:entry-kinds" as="map(xs:string, xs:string)"
      select="map{ 'person':'person', 'personGrp':'person', 'place':'place', 'org':'org' }"/>

  <xsl:variable name="tk:name-elements" as="xs:string*" select="('persName', 'placeName', 'orgName', 'name', 'rs')"/>
  <xsl:variable name="tk:name-element-set" as="map(xs:string, xs:boolean)" select="tk:set($tk:name-elements)"/>

  <!-- The register a name without a register entry belongs to: by its element, or for name and rs by its @type. -->
  <xsl:variable name="tk:name-kinds" as="map(xs:string, xs:string)" select="map{
      'persName': 'person', 'placeName': 'place', 'orgName': 'org',
      'person': 'person', 'persname': 'person', 'people': 'person', 'character': 'person',
      'place': 'place', 'placename': 'place', 'geogname': 'place', 'settlement': 'place', 'country': 'place',
      'org': 'org', 'orgname': 'org', 'organisation': 'org', 'organization': 'org' }"/>

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

  <!-- What a name points with: the first pointer of @ref, @corresp and @key (a bare id), in that order. -->
  <xsl:function name="tk:pointers" as="xs:string*">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="($name/@ref, $name/@corresp) ! tokenize(normalize-space(.), ' ')[1],
        $name/@key ! normalize-space(.)[.] ! (if (contains(., '#') or contains(., ':')) then . else '#' || .)"/>
  </xsl:function>

  <!-- The register entry a pointer names: in the document, else in the register file (by its fragment). -->
  <xsl:function name="tk:resolve" as="element()?">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:variable name="id" select="if (contains($pointer, '#')) then substring-after($pointer, '#') else ''"/>
    <xsl:sequence select="if (not($id)) then ()
        else (if (starts-with($pointer, '#')) then key('tk:by-id', $id, root($context))[1] else (),
              $register-file ! key('tk:by-id', $id, .)[1])[map:contains($tk:entry-kinds, local-name(.))][1]"/>
  </xsl:function>

  <xsl:function name="tk:target" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="if (map:contains($tk:name-element-set, local-name($name)))
        then (tk:pointers($name) ! tk:resolve($name, .))[1] else ()"/>
  </xsl:function>

  <!-- An authority URL a name points at instead of a register entry. -->
  <xsl:function name="tk:outside-pointer" as="xs:string?">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="tk:pointers($name)[matches(., '^https?://')][1]"/>
  </xsl:function>

  <!-- The register a mention belongs to. -->
  <xsl:function name="tk:mention-kind" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="target" select="tk:target($e)"/>
    <xsl:sequence select="if ($target) then tk:entry-kind($target)
        else if (not(map:contains($tk:name-element-set, local-name($e)))) then ()
        else if ($e/self::tei:name or $e/self::tei:rs) then $tk:name-kinds(tk:lower-case(normalize-space($e/@type)))
        else $tk:name-kinds(local-name($e))"/>
  </xsl:function>

  <!-- Names fold to one key however they are spaced, cased or accented: "Harold  Finch", "HAROLD FINCH". -->
  <xsl:function name="tk:slug" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="replace(replace(tk:fold(normalize-space($text)), '[^\p{L}\p{N}]+', '-'), '^-|-$', '')"/>
  </xsl:function>

  <!-- A mention's group within its document: its entry's id, its authority URL, or its normalised name. -->
  <xsl:function name="tk:mention-key" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="target" select="tk:target($e)"/>
    <xsl:variable name="kind" select="tk:mention-kind($e)"/>
    <xsl:variable name="outside" select="if ($target or not($kind)) then () else tk:outside-pointer($e)"/>
    <xsl:variable name="slug" select="if ($target or not($kind)) then '' else tk:slug(($outside, tk:spaced-text($e))[1])"/>
    <xsl:sequence select="if ($target) then string($target/@xml:id)
        else if (not($kind) or not($slug)) then ()
        else (if ($outside) then 'ext-' else 'name-') || $kind || '-' || $slug"/>
  </xsl:function>

  <xsl:function name="tk:is-mention" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="map:contains($tk:name-element-set, local-name($e)) and exists(tk:mention-key($e))"/>
  </xsl:function>

  <!-- Whether a mention was grouped by its name, for want of an id. -->
  <xsl:function name="tk:by-name" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="starts-with(tk:mention-key($e), 'name-') and empty(tk:target($e))"/>
  </xsl:function>

  <xsl:function name="tk:entry-kind" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$tk:entry-kinds(local-name($entry))"/>
  </xsl:function>

  <!--
    A register entry's id across a corpus: its xml:id. Projects (teikit too) give a person the
    same id in every file, and a register file names its entries for all of them, so entries of
    one id meet: the first document by date names the entry, later ones add variants. Mentions
    grouped by URL or by name are corpus-wide by their key. (A play's characters are its own:
    see the cast register.)
  -->
  <xsl:function name="tk:corpus-id" as="xs:string?">
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="target" select="tk:target($mention)"/>
    <xsl:sequence select="if ($target) then tk:entry-corpus-id($target) else tk:mention-key($mention)"/>
  </xsl:function>

  <xsl:function name="tk:entry-corpus-id" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="string($entry/@xml:id)"/>
  </xsl:function>

  <!-- The file name of the document a node is in, without its extension: what its pages are named by. -->
  <xsl:function name="tk:doc-stem" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="uri" select="string(base-uri(root($node)))"/>
    <xsl:variable name="file" select="tokenize($uri, '/')[last()]"/>
    <xsl:sequence select="(replace($file, '\.[^.]*$', '')[.], 'document')[1]"/>
  </xsl:function>

  <!-- The anchor of a mention: its group's key and its place among that group's mentions. -->
  <xsl:function name="tk:mention-anchor" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="id" select="tk:mention-key($mention)"/>
    <xsl:variable name="before" select="key('tk:mentions', $id, root($mention))[. &lt;&lt; $mention]"/>
    <xsl:sequence select="'tk-m-' || $id || '-' || (count($before) + 1)"/>
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

  <!--
    One display format for dates across a corpus, whatever the files wrote: "4 May 1961",
    "May 1961", "1961", a range "1842 – 1845", "not before 1842". Made from the ISO value, so
    "1950-05-06" and "July 26, 1952" in two files read alike.
  -->
  <xsl:variable name="tk:month-names" as="xs:string*" select="('January', 'February', 'March', 'April', 'May', 'June', 'July',
      'August', 'September', 'October', 'November', 'December')"/>

  <xsl:function name="tk:iso-display" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="v" select="normalize-space($iso)"/>
    <xsl:variable name="parts" as="xs:string*">
    <xsl:analyze-string select="$v" regex="^(-?\d{{4}})(-(\d\d))?(-(\d\d))?">
      <xsl:matching-substring>
        <xsl:variable name="month" select="if (regex-group(3)) then xs:integer(regex-group(3)) else 0"/>
        <xsl:sequence select="string-join((
            regex-group(5)[.] ! string(xs:integer(.)),
            $tk:month-names[$month],
            regex-group(1)), ' ')"/>
      </xsl:matching-substring>
      <xsl:non-matching-substring><xsl:sequence select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>

  <xsl:function name="tk:date-display" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="
        if ($date/@when) then tk:iso-display($date/@when)
        else if ($date/@from and $date/@to) then tk:iso-display($date/@from) || ' – ' || tk:iso-display($date/@to)
        else if ($date/@notBefore and $date/@notAfter) then tk:iso-display($date/@notBefore) || ' – ' || tk:iso-display($date/@notAfter)
        else if ($date/(@from, @notBefore)) then 'not before ' || tk:iso-display($date/(@from, @notBefore)[1])
        else if ($date/(@to, @notAfter)) then 'not after ' || tk:iso-display($date/(@to, @notAfter)[1])
        else tk:iso-display(tk:text-date(string($date)))"/>
  </xsl:function>

  <!-- The ISO value of a date written out in words ("July 26, 1952", "26 July 1952", "1952"), or ''. -->
  <xsl:function name="tk:text-date" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="t" select="normalize-space($text)"/>
    <xsl:variable name="months" select="string-join($tk:month-names, '|')"/>
    <xsl:variable name="found" as="xs:string*">
      <xsl:analyze-string select="$t" regex="(({$months})\.?\s+(\d{{1,2}}),?\s+(\d{{4}}))|((\d{{1,2}})\.?\s+({$months})\s+(\d{{4}}))|(({$months})\s+(\d{{4}}))|((^|[^\d])(\d{{4}})([^\d]|$))" flags="i">
        <xsl:matching-substring>
          <xsl:variable name="m" select="(regex-group(2), regex-group(7), regex-group(10))[.][1]"/>
          <xsl:variable name="n" select="index-of($tk:month-names ! tk:lower-case(.), tk:lower-case($m))"/>
          <xsl:variable name="d" select="(regex-group(3), regex-group(6))[.][1]"/>
          <xsl:variable name="y" select="(regex-group(4), regex-group(8), regex-group(11), regex-group(14))[.][1]"/>
          <xsl:sequence select="string-join(($y, $n ! format-number(., '00'), $d ! format-number(xs:integer(.), '00')), '-')"/>
        </xsl:matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="($found[1], '')[1]"/>
  </xsl:function>

  <!-- Words of a text as the corpus search folds them: lower case, accents off, two letters or more. -->
  <xsl:function name="tk:search-words" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="distinct-values(tokenize(tk:fold($text), '[^\p{L}\p{N}]+')[string-length(.) ge 2])"/>
  </xsl:function>

  <xsl:function name="tk:fold" as="xs:string">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:sequence select="replace(normalize-unicode(tk:lower-case($text), 'NFD'), '\p{Mn}', '')"/>
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
