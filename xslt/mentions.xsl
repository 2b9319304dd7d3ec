<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names in the text as mentions of register entries: which elements are mentions, what they point
  at (in the document, its standOff or header, or a register file), which register they belong
  to, how they are grouped and how their anchors are named. The HTML page, the text view and the
  corpus summary all read mentions through these functions, so a mention anchor written into a
  page is the same one the corpus registers link to.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <!--
    Mentions are the names in the text (persName, placeName, orgName, name and rs of a known
    @type). One that points (@ref, @corresp or @key) at a register entry - in the file, its
    standOff or its header, or in the register file given to the build - is a mention of that
    entry; one that points at an authority URL is grouped by that URL; one without a usable
    pointer is grouped by its normalised name. Each mention has a key naming its group within the
    document, and a corpus id naming it across the corpus (see tk:corpus-id).
  -->
  <xsl:key name="tk:mentions" match="tei:text//*[map:contains($tk:name-element-set, local-name())][tk:is-mention(.)]" use="tk:mention-key(.)"/>

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

  <!-- The mentions of a document's text, in document order: asked for by the summary, its register
       entries and its names, each a walk over every element of the text. -->
  <xsl:function name="tk:mentions" as="element()*" cache="yes">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="$doc//tei:text//*[map:contains($tk:name-element-set, local-name())][tk:is-mention(.)]"/>
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

  <!-- The anchor of a mention: its group's key and its place among that group's mentions. -->
  <xsl:function name="tk:mention-anchor" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="id" select="tk:mention-key($mention)"/>
    <xsl:variable name="before" select="key('tk:mentions', $id, root($mention))[. &lt;&lt; $mention]"/>
    <xsl:sequence select="'tk-m-' || $id || '-' || (count($before) + 1)"/>
  </xsl:function>

</xsl:stylesheet>
