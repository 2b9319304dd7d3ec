package org.teikit.annotate.entity;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Elements;
import nu.xom.ParsingException;
import org.teikit.InputException;
import org.teikit.annotate.EntityType;
import org.teikit.annotate.RegisterId;
import org.teikit.io.StrictErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A register the user supplies ({@code encode --authority FILE}) so a project can fix ids and
 * link authority URIs. Two forms:
 * <ul>
 *   <li>a table, tab-separated ({@code .tsv}, {@code .txt}) or comma-separated ({@code .csv}, with
 *       double quotes around cells that hold commas), with the columns {@code id, type, name,
 *       variants, uri}: type is {@code person}, {@code place} or {@code org}, variants are separated
 *       by {@code |}, the last two columns may be empty, a first row starting with {@code id} is a
 *       heading;</li>
 *   <li>a TEI file with {@code listPerson/person}, {@code listPlace/place}, {@code listOrg/org},
 *       each with {@code @xml:id}, its names ({@code persName}, {@code placeName}, {@code orgName}:
 *       the first is the preferred one) and an {@code idno type="URI"}. It is read without fetching
 *       any DTD or external entity.</li>
 * </ul>
 * An id is kept as the user gave it, with the kind's prefix put before it where it lacks one
 * ("basmanov" of a person becomes "pers-basmanov"), as teikit's schema asks. A bad file is a
 * {@link org.teikit.InputException} naming the file and line.
 */
public final class AuthorityFile {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final String HINT = "columns: id, type (person|place|org), name, variants (|-separated), URI";

    private AuthorityFile() { }

    /** The entities of the file at {@code path}. */
    public static List<KnownEntity> read(Path path) {
        String text = readText(path);
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        List<KnownEntity> out;
        if (name.endsWith(".xml") || name.endsWith(".tei") || text.stripLeading().startsWith("<")) {
            out = tei(path, text);
        } else {
            out = table(path, text, name.endsWith(".csv") ? ',' : '\t');
        }
        if (out.isEmpty()) {
            throw new InputException(path.toString(), "the authority file names no person, place or organisation", HINT);
        }
        return out;
    }

    /** The entities of several files, in order; an id used twice is an error. */
    public static List<KnownEntity> readAll(List<Path> paths) {
        List<KnownEntity> out = new ArrayList<>();
        Map<RegisterId, Path> seen = new HashMap<>();
        for (Path p : paths) {
            for (KnownEntity e : read(p)) {
                Path before = seen.putIfAbsent(e.id(), p);
                if (before != null) {
                    throw new InputException(p.toString(), "the id \"" + e.id().value() + "\" is used in " + before + " already",
                            "give every entity of your registers its own id");
                }
                out.add(e);
            }
        }
        return out;
    }

    private static String readText(Path path) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new InputException(path.toString(), "no such authority file", "check the path given to --authority");
        } catch (CharacterCodingException e) {
            throw new InputException(path.toString(), "the authority file is not UTF-8 text", "save it as UTF-8");
        } catch (IOException e) {
            throw new InputException(path.toString(), "cannot read the authority file: " + e.getMessage(), "check its permissions");
        }
    }

    private static List<KnownEntity> table(Path path, String text, char separator) {
        List<KnownEntity> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> cells = cells(line, separator, path, i + 1);
            if (out.isEmpty() && cells.get(0).strip().equalsIgnoreCase("id")) continue;
            if (cells.size() < 3) {
                throw new InputException(path.toString(), i + 1, 1, "expected at least 3 columns, found " + cells.size(), HINT);
            }
            String id = cells.get(0).strip();
            EntityType type = type(cells.get(1).strip(), path, i + 1);
            String name = cells.get(2).strip();
            if (name.isEmpty()) throw new InputException(path.toString(), i + 1, 1, "the name column is empty", HINT);
            checkId(id, path, i + 1);
            List<String> forms = new ArrayList<>();
            forms.add(name);
            if (cells.size() > 3) {
                for (String v : cells.get(3).split("\\|")) {
                    if (!v.isBlank() && !forms.contains(v.strip())) forms.add(v.strip());
                }
            }
            String uri = cells.size() > 4 && !cells.get(4).isBlank() ? cells.get(4).strip() : null;
            out.add(new KnownEntity(prefixed(id, type), null, name, null, null, forms, uri, true));
        }
        return out;
    }

    /** The cells of one table line; in CSV a cell in double quotes may hold the separator and "" for a quote. */
    private static List<String> cells(String line, char separator, Path path, int lineNo) {
        if (separator == '\t') return Arrays.asList(line.split("\t", -1));
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InputException(path.toString(), lineNo, line.length(), "a quoted cell is not closed", "end it with a double quote");
        }
        out.add(cell.toString());
        return out;
    }

    private static EntityType type(String word, Path path, int line) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "person", "pers", "persname" -> EntityType.PERSON;
            case "place", "placename" -> EntityType.PLACE;
            case "org", "organisation", "organization", "orgname" -> EntityType.ORG;
            default -> throw new InputException(path.toString(), line, 1,
                    "unknown type \"" + word + "\"", "the type column holds person, place or org");
        };
    }

    private static void checkId(String id, Path path, int line) {
        if (!id.matches("[\\p{L}_][\\p{L}\\p{N}_.-]*")) {
            throw new InputException(path.toString(), line, 1, "\"" + id + "\" is not a usable id",
                    "an id starts with a letter and holds letters, digits, '-', '_' or '.' only");
        }
    }

    private static RegisterId prefixed(String id, EntityType type) {
        return id.startsWith(type.idPrefix() + "-") && id.length() > type.idPrefix().length() + 1
                ? new RegisterId(type, id) : RegisterId.of(type, id);
    }

    private static List<KnownEntity> tei(Path path, String text) {
        Document doc;
        try {
            doc = new Builder(safeReader()).build(new java.io.StringReader(text), path.toUri().toString());
        } catch (ParsingException e) {
            throw new InputException(path.toString(), Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0),
                    "not well-formed XML: " + e.getMessage(), "fix the XML or give a TSV/CSV register");
        } catch (IOException e) {
            throw new InputException(path.toString(), "cannot read the authority file: " + e.getMessage(), "check the file");
        }
        List<KnownEntity> out = new ArrayList<>();
        collect(doc.getRootElement(), path, out);
        return out;
    }

    private static void collect(Element e, Path path, List<KnownEntity> out) {
        if (TEI.equals(e.getNamespaceURI())) {
            EntityType type = switch (e.getLocalName()) {
                case "person" -> EntityType.PERSON;
                case "place" -> EntityType.PLACE;
                case "org" -> EntityType.ORG;
                default -> null;
            };
            if (type != null) {
                out.add(entity(e, type, path));
                return;
            }
        }
        Elements children = e.getChildElements();
        for (int i = 0; i < children.size(); i++) collect(children.get(i), path, out);
    }

    private static KnownEntity entity(Element e, EntityType type, Path path) {
        String id = e.getAttributeValue("id", XML);
        if (id == null || id.isBlank()) {
            throw new InputException(path.toString(), "a <" + e.getLocalName() + "> has no xml:id", "give every entry an xml:id");
        }
        checkId(id, path, 0);
        RegisterId registerId = prefixed(id, type);
        String nameElement = switch (type) {
            case PERSON -> "persName";
            case PLACE -> "placeName";
            case ORG -> "orgName";
        };
        List<String> forms = new ArrayList<>();
        String forename = null;
        String surname = null;
        Elements names = e.getChildElements(nameElement, TEI);
        for (int i = 0; i < names.size(); i++) {
            String form = names.get(i).getValue().strip().replaceAll("\\s+", " ");
            if (!form.isEmpty() && !forms.contains(form)) forms.add(form);
            if (i == 0) {
                forename = child(names.get(i), "forename");
                surname = child(names.get(i), "surname");
            }
        }
        if (forms.isEmpty()) {
            throw new InputException(path.toString(), "the entry " + registerId.value() + " has no <" + nameElement + ">", "name every entry");
        }
        String uri = null;
        Elements idnos = e.getChildElements("idno", TEI);
        for (int i = 0; i < idnos.size() && uri == null; i++) {
            String t = idnos.get(i).getAttributeValue("type");
            if (t == null || t.equalsIgnoreCase("URI")) uri = idnos.get(i).getValue().strip();
        }
        String subtype = type == EntityType.PLACE ? e.getAttributeValue("type") : null;
        return new KnownEntity(registerId, subtype, forms.get(0), forename, surname, forms, uri, true);
    }

    private static String child(Element name, String local) {
        Element c = name.getFirstChildElement(local, TEI);
        return c == null ? null : c.getValue().strip();
    }

    /** A parser that fetches no DTD and expands no external entity: a register cannot reach out of the machine. */
    private static XMLReader safeReader() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            XMLReader reader = f.newSAXParser().getXMLReader();
            reader.setErrorHandler(StrictErrorHandler.INSTANCE);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }
}
