package org.teikit.io;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * A SAX error handler that prints nothing and turns every error into an exception for the
 * caller to report as one line. Every XML parser teikit runs gets one (or a handler of its
 * own): without it the JDK's parser prints {@code [Fatal Error] …} to standard error, and Saxon
 * prints its own multi-line report, beside teikit's one clear line.
 */
public final class StrictErrorHandler implements ErrorHandler {
    public static final StrictErrorHandler INSTANCE = new StrictErrorHandler();

    private StrictErrorHandler() { }

    @Override
    public void warning(SAXParseException e) {
        // Warnings (such as an unused DTD feature) are no reason to refuse a file.
    }

    @Override
    public void error(SAXParseException e) throws SAXParseException {
        throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
    }
}
