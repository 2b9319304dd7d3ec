package org.teikit.render;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.om.AxisInfo;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.str.StringView;
import net.sf.saxon.tree.iter.AxisIterator;
import net.sf.saxon.value.StringValue;
import net.sf.saxon.type.Type;

/**
 * The text view's line making ({@link TextLayout}) offered to the stylesheets as two functions in
 * teikit's namespace (see {@code xslt/text-blocks.xsl}):
 * <ul>
 * <li>{@code tk:lay-out($blocks as document-node(), $width as xs:integer) as xs:string?} — the lines of
 * the blocks the document holds, joined by newlines, or nothing if there are none: {@code tk:block}
 * (attributes indent, prefix, tight; text with {@code tk:br} for forced breaks), between
 * {@code tk:enter} (prefix, tight) and {@code tk:leave}. One string rather than one item per line:
 * a play's view has thousands of lines, each made an item and joined again by the stylesheet;</li>
 * <li>{@code tk:wrap($words as xs:string*, $first-lead, $lead as xs:string, $width as xs:integer) as xs:string*}.</li>
 * </ul>
 */
final class TextLayoutFunctions {
    private TextLayoutFunctions() { }

    static void registerOn(Processor processor) {
        processor.registerExtensionFunction(new LayOut());
        processor.registerExtensionFunction(new Wrap());
    }

    private static final class LayOut extends StylesheetFunction {
        LayOut() {
            super("lay-out", OPTIONAL_STRING, DOCUMENT, INTEGER);
        }

        @Override
        public XdmValue call(XdmValue[] arguments) throws SaxonApiException {
            NodeInfo blocks = ((XdmNode) arguments[0].itemAt(0)).getUnderlyingNode();
            TextLayout layout = new TextLayout(integer(arguments[1]));
            AxisIterator children = blocks.iterateAxis(AxisInfo.CHILD);
            for (NodeInfo child; (child = children.next()) != null; ) {
                if (child.getNodeKind() != Type.ELEMENT) continue;
                switch (child.getLocalPart()) {
                    case "enter" -> layout.enter(attribute(child, "prefix"), "true".equals(attribute(child, "tight")));
                    case "leave" -> layout.leave();
                    case "block" -> layout.block(indent(child), attribute(child, "prefix"),
                            "true".equals(attribute(child, "tight")), segments(child));
                    default -> throw new IllegalArgumentException("tk:lay-out: unexpected " + child.getDisplayName());
                }
            }
            String lines = layout.text();
            // Wrapped as it is: a string made into Saxon's own kind is read through once more to choose its coding.
            return lines == null ? XdmEmptySequence.getInstance() : new XdmAtomicValue(new StringValue(StringView.of(lines)));
        }

        private static int indent(NodeInfo block) {
            String indent = attribute(block, "indent");
            return indent == null ? 0 : Integer.parseInt(indent.strip());
        }

        /** The block's text between its tk:br elements, each break ending a segment. */
        private static List<String> segments(NodeInfo block) {
            List<String> out = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            boolean open = false;
            AxisIterator nodes = block.iterateAxis(AxisInfo.CHILD);
            for (NodeInfo node; (node = nodes.next()) != null; ) {
                if (node.getNodeKind() == Type.ELEMENT && node.getLocalPart().equals("br")) {
                    out.add(text.toString());
                    text.setLength(0);
                    open = false;
                } else {
                    text.append(node.getStringValue());
                    open = true;
                }
            }
            if (open) out.add(text.toString());
            return out;
        }
    }

    private static final class Wrap extends StylesheetFunction {
        Wrap() {
            super("wrap", STRINGS, STRINGS, STRING, STRING, INTEGER);
        }

        @Override
        public XdmValue call(XdmValue[] arguments) throws SaxonApiException {
            List<String> words = new ArrayList<>(arguments[0].size());
            for (XdmItem word : arguments[0]) words.add(word.getStringValue());
            return strings(TextLayout.wrap(words, arguments[1].itemAt(0).getStringValue(),
                    arguments[2].itemAt(0).getStringValue(), integer(arguments[3])));
        }
    }

    private static String attribute(NodeInfo element, String name) {
        return element.getAttributeValue("", name);
    }

    private static int integer(XdmValue value) throws SaxonApiException {
        return Math.toIntExact(((XdmAtomicValue) value.itemAt(0)).getLongValue());
    }
}
