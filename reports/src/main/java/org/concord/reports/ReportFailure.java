package org.concord.reports;

/** A report could not be produced: a defect of a layout or of the reporting library, never of the user's input. */
public class ReportFailure extends RuntimeException {

    public ReportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
