package uk.caseview.app.config;

/** Where the data comes from, which is what the environment banner always states. */
public enum Mode {
    /** The embedded stub server with synthetic people: for training and for working without a network. */
    TRAINING,
    /** Real API addresses were configured. */
    LIVE
}
