<?xml version="1.0" encoding="UTF-8"?>
<!--
  Register entries as HTML: the card (variants, roles, kind, authority links) shared by the
  document page, its pop-ups and the corpus registers, and the document's own list of names.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    exclude-result-prefixes="#all">

  <xsl:function name="tk:entry-card" as="element()">
    <xsl:param name="entry" as="map(*)"/>
    <xsl:variable name="facts" as="element()*">
      <xsl:sequence select="tk:fact('Also written', $entry?variants?*)"/>
      <xsl:sequence select="tk:fact('Role', $entry?roles?*)"/>
      <xsl:sequence select="tk:fact('Kind', $entry?type[.][$entry?kind = 'place'])"/>
      <xsl:sequence select="tk:fact('Note', $entry?note[.])"/>
      <xsl:if test="array:size($entry?authorities) gt 0">
        <dt>Authority</dt>
        <xsl:for-each select="$entry?authorities?*">
          <dd>
            <xsl:choose>
              <xsl:when test="?href">
                <a class="tk-authority" href="{?href}"><xsl:value-of select="replace(?href, '^https?://(www\.)?', '')"/></a>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="?label"/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </xsl:for-each>
      </xsl:if>
    </xsl:variable>
    <div class="tk-card">
      <xsl:choose>
        <xsl:when test="$facts"><dl class="tk-facts"><xsl:sequence select="$facts"/></dl></xsl:when>
        <xsl:otherwise><p class="tk-nofacts">No further details in the register.</p></xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:function>

  <xsl:function name="tk:fact" as="element()*">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <xsl:if test="exists($values)">
      <dt><xsl:value-of select="$label"/></dt>
      <xsl:for-each select="$values"><dd><xsl:value-of select="."/></dd></xsl:for-each>
    </xsl:if>
  </xsl:function>

  <!-- "3 mentions" / "1 mention" -->
  <xsl:function name="tk:count" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="word" as="xs:string"/>
    <xsl:sequence select="$n || ' ' || $word || (if ($n = 1) then '' else 's')"/>
  </xsl:function>

  <!-- The names a document mentions, by register, each entry linked to its mentions here. -->
  <xsl:template name="tk:document-register">
    <xsl:param name="doc" as="element()"/>
    <xsl:param name="site" as="xs:boolean"/>
    <xsl:variable name="entries" select="tk:mentioned-entries($doc)"/>
    <xsl:if test="$entries">
      <section class="tk-register" id="tk-register" aria-labelledby="tk-register-h">
        <h2 id="tk-register-h">Names in this document</h2>
        <xsl:for-each select="$tk:register-order">
          <xsl:variable name="kind" select="."/>
          <xsl:variable name="these" select="$entries[tk:entry-kind(.) = $kind]"/>
          <xsl:if test="$these">
            <section class="tk-register-part" aria-labelledby="tk-register-{$kind}">
              <h3 id="tk-register-{$kind}"><xsl:value-of select="$tk:registers($kind)?title"/></h3>
              <xsl:for-each select="$these">
                <xsl:sort select="tk:entry-sort(.)" lang="en"/>
                <xsl:call-template name="tk:document-entry">
                  <xsl:with-param name="entry" select="."/>
                  <xsl:with-param name="site" select="$site"/>
                </xsl:call-template>
              </xsl:for-each>
            </section>
          </xsl:if>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tk:document-entry">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="site" as="xs:boolean"/>
    <xsl:variable name="data" select="tk:entry-map($entry)"/>
    <xsl:variable name="mentions" select="key('tk:mentions', string($entry/@xml:id), root($entry))"/>
    <div class="tk-entry" id="{$entry/@xml:id}">
      <h4 class="tk-entry-name"><xsl:value-of select="$data?name"/></h4>
      <xsl:sequence select="tk:entry-card($data)"/>
      <p class="tk-mentions">
        <xsl:value-of select="'Mentioned ' || (if (count($mentions) = 1) then 'once' else count($mentions) || ' times') || ' here: '"/>
        <xsl:for-each select="$mentions">
          <xsl:if test="position() gt 1">, </xsl:if>
          <a href="#{tk:mention-anchor(.)}" aria-label="mention {position()}: {tk:plain(., 'normalised')}"><xsl:value-of select="position()"/></a>
        </xsl:for-each>
        <xsl:if test="$site">
          <xsl:text>. </xsl:text>
          <a class="tk-to-register" href="{$tk:registers(tk:entry-kind($entry))?page}#{tk:entry-corpus-id($entry)}">All mentions in the corpus</a>
        </xsl:if>
      </p>
    </div>
  </xsl:template>

</xsl:stylesheet>
