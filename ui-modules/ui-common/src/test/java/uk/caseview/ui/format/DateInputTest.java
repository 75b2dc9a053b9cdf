package uk.caseview.ui.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

    private static final LocalDate MARCH_12 = LocalDate.of(1984, 3, 12);

    @Test
    void readsTheWaysPeopleTypeADateDayFirst() {
        for (String typed : new String[] {"12/03/1984", "12/3/1984", "12-3-1984", "12.03.1984", "12 3 1984",
                "12 Mar 1984", "12 march 1984", " 12  MAR 1984 ", "1984-03-12"}) {
            assertThat(DateInput.parse(typed)).as(typed).contains(MARCH_12);
        }
        assertThat(DateInput.parse("1 Sep 2001")).contains(LocalDate.of(2001, 9, 1));
    }

    @Test
    void refusesWhatIsNotARealDate() {
        for (String typed : new String[] {"", "31/02/1984", "12/13/1984", "yesterday", "12/03/84", null}) {
            assertThat(DateInput.parse(typed)).as(String.valueOf(typed)).isEmpty();
        }
    }
}
