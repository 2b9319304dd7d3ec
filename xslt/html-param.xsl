<?xml version="1.0" encoding="UTF-8"?>
<!--
  The parameters of the HTML reading edition and of a corpus site's pages, and the hooks meant for
  a project's own stylesheet. html.xsl imports this file first, so every declaration here has the
  lowest precedence; a customisation stylesheet imports html.xsl and overrides what it needs:

    <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
        xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:tk="urn:teikit">
      <xsl:import href="teikit:html.xsl"/>
      <xsl:param name="footer-text" select="'Edited by the Example Project.'"/>
      <xsl:template match="tei:persName" mode="tk:html">
        <span class="my-person"><xsl:next-match/></span>
      </xsl:template>
    </xsl:stylesheet>

  Given to render or build with the customization option, it is compiled in place of html.xsl;
  "teikit:html.xsl" names the copy inside teikit's jar. Outside teikit (Saxon on the command line,
  an XML editor) import a copy of this folder's html.xsl by a relative href instead.

  Parameters to set (the xslt-param option of render and build, NAME=VALUE, or an xsl:param in a
  customisation):
    edition-title   the name in every page's banner; default "Reading edition"
    footer-text     the line in every page's footer; default says which teikit made the page
    css-href        a style sheet linked after teikit's own (inlined) style, so that its rules win;
                    relative to the page, as a project ships it beside the pages. Default: none

  Parameters teikit sets on every run (overriding their default changes nothing; the xslt-param
  option refuses them): reading, site, css, js, version, prev-href, prev-title, next-href, next-title,
  validity, validity-message, data, data-model, register-file.

  Named templates and modes meant for overriding (stable: their names and parameters stay):
    mode tk:html           the text of a document, one template rule per TEI element; a rule of
                           your own for, say, tei:persName wins, and xsl:next-match inside it
                           gives teikit's rendering to wrap or adjust
    tk:page                the frame of every page (head, banner, main, footer); parameters title,
                           page-class, current, content, subject, after-main (main holds the
                           content, then what mode tk:main makes of the subject: a document page
                           passes its document node, the index 'index', a register its kind)
    mode tk:main           a page's main element, from the page's subject: a document page's
                           (flag, document, neighbours), the index's, a register's
    tk:head-extra          more in every page's head (meta tags, fonts); empty by default
    tk:footer              every page's footer (by default the footer-text line)
    tk:document            one document as an article (parameters doc, h-base)
    tk:metadata-panel      the facts beside the text (parameters fields, sfx, h-base)
    tk:register-entry      one entry on a corpus register page (parameter entry, a map)
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- ===== for projects to set ===== -->

  <xsl:param name="edition-title" as="xs:string" select="'Reading edition'"/>
  <xsl:param name="footer-text" as="xs:string"
      select="'Made with ' || normalize-space('teikit ' || $version) || ' from TEI P5. Opens from disk; nothing is loaded from the network.'"/>
  <xsl:param name="css-href" as="xs:string" select="''"/>

  <!-- ===== set by teikit ===== -->

  <!-- The edition's style and script, inlined into every page so that each stands alone.
       teikit passes them in; run from the command line the stylesheet reads them beside itself. -->
  <xsl:param name="css" as="xs:string" select="unparsed-text(resolve-uri('edition.css', static-base-uri()))"/>
  <xsl:param name="js" as="xs:string" select="unparsed-text(resolve-uri('edition.js', static-base-uri()))"/>
  <xsl:param name="version" as="xs:string" select="''"/>
  <!-- Which reading a page opens in until the reader chooses: normalised or diplomatic. -->
  <xsl:param name="reading" as="xs:string" select="'normalised'"/>
  <!-- true() when the page belongs to a corpus site with an index and registers. -->
  <xsl:param name="site" as="xs:boolean" select="false()"/>
  <!-- A document page of a site links the neighbours by date. -->
  <xsl:param name="prev-href" as="xs:string" select="''"/>
  <xsl:param name="prev-title" as="xs:string" select="''"/>
  <xsl:param name="next-href" as="xs:string" select="''"/>
  <xsl:param name="next-title" as="xs:string" select="''"/>
  <!-- What checking the file found (valid, invalid, unchecked) and one line saying it: a site
       publishes a file that is not valid, flagged. -->
  <xsl:param name="validity" as="xs:string" select="'valid'"/>
  <xsl:param name="validity-message" as="xs:string" select="''"/>
  <!-- The index and register pages: a JSON object teikit assembles from the documents' summaries (see site.xsl). -->
  <xsl:param name="data" as="xs:string" select="'{}'"/>
  <!-- The same already read (what parse-json($data) gives): teikit passes it as well, so that a
       register's thousands of mentions are not read back from JSON text on every page. -->
  <xsl:param name="data-model" as="map(*)?" select="()"/>
  <!-- register-file (a project's register of persons, places and organisations) is declared in
       mentions.xsl, as the text view and the corpus summary read it too. -->

</xsl:stylesheet>
