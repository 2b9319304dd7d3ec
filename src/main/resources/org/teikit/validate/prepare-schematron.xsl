<?xml version="1.0" encoding="UTF-8"?>
<!--
  Readies a Schematron schema for SchXslt2.

  From a RELAX NG grammar: the sch:ns and sch:pattern elements embedded anywhere in it (as the
  TEI's ODD-generated schemas carry them), in document order, become one ISO Schematron schema.
  From a Schematron schema: copied as it is.

  Either way every assert and report without an id gets the id of its rule or pattern, so each
  finding can name the rule that made it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:sch="http://purl.oclc.org/dsdl/schematron"
    xmlns:rng="http://relaxng.org/ns/structure/1.0"
    exclude-result-prefixes="rng">

  <xsl:mode on-no-match="shallow-copy"/>

  <xsl:template match="/rng:grammar">
    <sch:schema queryBinding="xslt2">
      <xsl:apply-templates select="(//sch:ns | //sch:pattern)[not(ancestor::sch:pattern)]"/>
    </sch:schema>
  </xsl:template>

  <xsl:template match="/*[not(self::rng:grammar or self::sch:schema)]">
    <xsl:message terminate="yes" error-code="teikit-not-schematron">the root element is not sch:schema (ISO Schematron) or rng:grammar (RELAX NG)</xsl:message>
  </xsl:template>

  <xsl:template match="sch:assert[not(@id)] | sch:report[not(@id)]">
    <xsl:copy>
      <xsl:variable name="id" select="(ancestor::sch:rule/@id, ancestor::sch:pattern/@id)[1]"/>
      <xsl:if test="exists($id)">
        <xsl:attribute name="id" select="$id"/>
      </xsl:if>
      <xsl:apply-templates select="@* | node()"/>
    </xsl:copy>
  </xsl:template>
</xsl:stylesheet>
