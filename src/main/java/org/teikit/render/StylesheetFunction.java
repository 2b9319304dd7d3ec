package org.teikit.render;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.ExtensionFunction;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.OccurrenceIndicator;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SequenceType;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;

/**
 * A function in teikit's namespace that the stylesheets call and Java answers, for work XSLT does
 * slowly (laying out lines, cutting a whole document into search words). Declared once for Saxon:
 * its name and signature.
 */
abstract class StylesheetFunction implements ExtensionFunction {
    static final SequenceType STRINGS = SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ZERO_OR_MORE);
    static final SequenceType STRING = SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ONE);
    static final SequenceType OPTIONAL_STRING = SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ZERO_OR_ONE);
    static final SequenceType INTEGER = SequenceType.makeSequenceType(ItemType.INTEGER, OccurrenceIndicator.ONE);
    static final SequenceType NODES = SequenceType.makeSequenceType(ItemType.ANY_NODE, OccurrenceIndicator.ZERO_OR_MORE);
    static final SequenceType DOCUMENT = SequenceType.makeSequenceType(ItemType.DOCUMENT_NODE, OccurrenceIndicator.ONE);

    private final QName name;
    private final SequenceType result;
    private final SequenceType[] arguments;

    StylesheetFunction(String name, SequenceType result, SequenceType... arguments) {
        this.name = Stylesheets.name(name);
        this.result = result;
        this.arguments = arguments;
    }

    @Override
    public QName getName() {
        return name;
    }

    @Override
    public SequenceType getResultType() {
        return result;
    }

    @Override
    public SequenceType[] getArgumentTypes() {
        return arguments.clone();
    }

    static XdmValue strings(List<String> values) {
        List<XdmAtomicValue> items = new ArrayList<>(values.size());
        for (String v : values) items.add(new XdmAtomicValue(v));
        return new XdmValue(items);
    }
}
