<?xml version="1.0" encoding="UTF-8"?>
<!--
  The facts about a document that a reader cites it by, read from its teiHeader, as a list of
  fields (key, label, value, optional href). The HTML metadata panel, the text header and the
  corpus index all show these fields, so they agree with one another.
  Where a header lacks a field the field is left out; teikit's own header shape is read first,
  then the places other projects put the same fact.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:function name="tk:metadata" as="map(*)*">
    <xsl:param name="doc" as="element()"/>
    <xsl:variable name="h" select="$doc/tei:teiHeader"/>
    <xsl:variable name="file" select="$h/tei:fileDesc"/>
    <xsl:variable name="citation" select="$file/tei:sourceDesc/tei:bibl[@type = 'citation'][1]"/>
    <xsl:variable name="ms" select="$file/tei:sourceDesc/tei:msDesc/tei:msIdentifier"/>
    <xsl:variable name="responsible" select="($file/tei:titleStmt, $citation)/tei:respStmt"/>
    <xsl:variable name="date" select="tk:date-element($doc)"/>
    <xsl:variable name="languages" select="$h/tei:profileDesc/tei:langUsage/tei:language"/>
    <xsl:variable name="original" select="$languages[matches(., 'original', 'i')]"/>
    <xsl:variable name="licence" select="$file/tei:publicationStmt/tei:availability"/>
    <xsl:variable name="url" select="(
        $file/tei:publicationStmt/tei:idno[tk:lower-case(@type) = ('uri', 'url')],
        $citation/(tei:ref, tei:ptr)/@target,
        $file/tei:sourceDesc//tei:idno[tk:lower-case(@type) = ('uri', 'url')])[matches(normalize-space(.), '^https?://')][1]"/>

    <xsl:sequence select="
      tk:field('title', 'Title', tk:title-element($doc)),
      tk:field('subtitle', 'Subtitle', tk:subtitle-element($doc)),
      tk:field('author', 'Author', $file/tei:titleStmt/tei:author),
      tk:field('date', 'Date', $date),
      tk:field('archive', 'Archive', ($ms/tei:repository, $citation/(tei:orgName[@role = 'repository'], tei:repository))[1]),
      tk:field('collection', 'Collection', ($ms/tei:collection, $citation/tei:idno[@type = 'collection'])[1]),
      tk:field('shelfmark', 'Shelfmark', ($ms/tei:idno, $citation/tei:idno[@type = 'shelfmark'])[1]),
      tk:field('translator', 'Translator', ($responsible[matches(tei:resp, 'transl', 'i')]/(tei:persName, tei:name))[1]),
      tk:field('editor', 'Editor', $file/tei:titleStmt/tei:editor),
      tk:field('funder', 'Funder', $file/tei:titleStmt/(tei:funder, tei:sponsor)),
      tk:field('publisher', 'Published by', ($file/tei:publicationStmt/(tei:publisher, tei:distributor), $citation/tei:publisher)[1]),
      tk:field('licence', 'Licence', ($licence/tei:licence, $licence/tei:p, $licence[not(*)])[1]),
      tk:field('original-language', 'Original language', $original[1]),
      tk:field('language', 'Language', ($languages except $original)[1]),
      tk:field('source', 'Source', ($file/tei:sourceDesc/tei:bibl[not(@type = 'citation')], $file/tei:sourceDesc/tei:p)[1]),
      tk:field('url', 'URL', $url),
      tk:field('encoding', 'Encoded by', $h/tei:encodingDesc/tei:appInfo/tei:application[@ident = 'teikit'])"/>
    <xsl:variable name="full" select="tk:citation($doc, $citation, $date, $url)"/>
    <xsl:sequence select="map{ 'key': 'citation', 'label': 'Citation', 'value': $full }[$full]"/>
  </xsl:function>

  <!-- One field from the nodes that hold it, or nothing when they are empty. -->
  <xsl:function name="tk:field" as="map(*)?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="value" select="string-join(($nodes ! tk:field-text($key, .))[.], '; ')"/>
    <xsl:variable name="href" select="(
        $nodes/self::attribute(),
        $nodes/self::tei:idno,
        $nodes/self::tei:licence/@target,
        $nodes/self::tei:p/tei:ref/@target)[1] ! tk:safe-href(normalize-space(.))"/>
    <xsl:sequence select="if ($value) then map:merge((
        map{ 'key': $key, 'label': $label, 'value': $value },
        $href[$key = ('url', 'licence')] ! map{ 'href': . },
        ($nodes/self::*[$key = 'date'][tk:has-value(.)])[1] ! map{ 'iso': tk:date-iso(.), 'sort': tk:date-sort(.) }))
        else ()"/>
  </xsl:function>

  <xsl:function name="tk:field-text" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="text" select="
        if ($node instance of attribute()) then normalize-space($node)
        else if ($node/self::tei:application) then normalize-space(string-join(($node/tei:label, $node/@version), ' ')) || ', by machine'
        else if ($key = ('author', 'editor') and $node/tei:persName) then tk:plain($node/tei:persName[1], 'normalised')
        else if ($key = 'date' and not(normalize-space($node))) then tk:date-iso($node)
        else tk:plain($node, 'normalised')"/>
    <xsl:sequence select="if ($key = 'original-language')
        then replace($text, '\s*\((the\s+)?original(\s+language)?\)\s*$', '', 'i')
        else $text"/>
  </xsl:function>

  <!-- The citation as the archive gives it, or one made from title, publisher, date and URL. -->
  <xsl:function name="tk:citation" as="xs:string?">
    <xsl:param name="doc" as="element()"/>
    <xsl:param name="citation" as="element()?"/>
    <xsl:param name="date" as="element()?"/>
    <xsl:param name="url" as="node()?"/>
    <xsl:variable name="given" select="$citation/tei:note[@type = 'full'][1]"/>
    <xsl:variable name="file" select="$doc/tei:teiHeader/tei:fileDesc"/>
    <xsl:sequence select="if ($given) then tk:plain($given, 'normalised')
        else string-join((
            string-join($file/tei:titleStmt/tei:author ! tk:field-text('author', .), ', ')[.],
            tk:title-element($doc) ! tk:plain(., 'normalised'),
            string-join(($file/tei:publicationStmt/(tei:publisher, tei:distributor)[1] ! tk:plain(., 'normalised'),
                         $date ! tk:plain(., 'normalised'))[.], ', ')[.],
            $url ! normalize-space(.)
          )[.] ! replace(., '\.$', ''), '. ') ! (. || '.')[. != '.']"/>
  </xsl:function>

</xsl:stylesheet>
