package io.envoys.read;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("DateRange")
@Description("Narrows a nested list to a span of days; both bounds are inclusive, either may be left out.")
public class DateRange {

    @Description("Only rows on or after this day.")
    public LocalDate from;

    @Description("Only rows on or before this day.")
    public LocalDate to;
}
