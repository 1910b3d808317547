package io.labforge.deploy.plan;

/** What a plan does to one resource. */
public enum Action {
    CREATE("+"), UPDATE("~"), REPLACE("-/+"), DELETE("-"), UNCHANGED("=");

    private final String symbol;

    Action(String symbol) {
        this.symbol = symbol;
    }

    /** Short sign for listings: {@code +}, {@code ~}, {@code -/+}, {@code -}, {@code =}. */
    public String symbol() {
        return symbol;
    }
}
