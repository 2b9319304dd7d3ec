package org.teikit.validate;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A compiled RELAX NG schema (Jing). Thread-safe: every thread makes its own {@link Check}s and
 * reuses them from file to file, which also keeps Jing's memo of pattern derivatives warm.
 */
public final class Grammar {
    private final SchemaSource source;
    private final com.thaiopensource.validate.Schema jing;

    Grammar(SchemaSource source, com.thaiopensource.validate.Schema jing) {
        this.source = source;
        this.jing = jing;
    }

    public SchemaSource source() {
        return source;
    }

    Check newCheck() {
        return new Check(this);
    }

    /** One thread's validator for this grammar; its errors go to whichever handler the current file set. */
    static final class Check {
        private final Grammar grammar;
        private final ForwardingErrorHandler errors = new ForwardingErrorHandler();
        private final com.thaiopensource.validate.Validator validator;

        private Check(Grammar grammar) {
            this.grammar = grammar;
            PropertyMapBuilder props = new PropertyMapBuilder();
            props.put(ValidateProperty.ERROR_HANDLER, errors);
            this.validator = grammar.jing.createValidator(props.toPropertyMap());
        }

        Grammar grammar() {
            return grammar;
        }

        /** Starts a file: errors go to {@code target}. */
        ContentHandler begin(ErrorHandler target) {
            errors.target = target;
            return validator.getContentHandler();
        }

        /** Ends a file, whatever state the parse left the validator in. */
        void reset() {
            validator.reset();
            errors.target = null;
        }
    }

    private static final class ForwardingErrorHandler implements ErrorHandler {
        ErrorHandler target;

        @Override
        public void warning(SAXParseException e) throws SAXException {
            if (target != null) target.warning(e);
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            if (target != null) target.error(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            if (target != null) target.fatalError(e);
        }
    }
}
