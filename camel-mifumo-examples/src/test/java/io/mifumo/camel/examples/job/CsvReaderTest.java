package io.mifumo.camel.examples.job;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws Exception {
        CsvReader reader = new CsvReader(new StringReader(
                "phone,name,message\r\n0754000111,\"Mwajuma, Asha\",\"She said \"\"hi\"\"\nand left\"\r\n\n"
                + "0655000222,Juma,  plain  \n"));
        assertThat(reader.readHeader()).containsExactly("phone", "name", "message");
        assertThat(reader.getSeparator()).isEqualTo(',');

        CsvReader.Record first = reader.readRecord();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.cells()).containsExactly("0754000111", "Mwajuma, Asha", "She said \"hi\"\nand left");

        CsvReader.Record second = reader.readRecord();
        assertThat(second.line()).isEqualTo(5);
        assertThat(second.cells()).containsExactly("0655000222", "Juma", "plain");
        assertThat(reader.readRecord()).isNull();
    }

    @Test
    void detectsSemicolonsAndSkipsTheByteOrderMark() throws Exception {
        // C22, C24
        CsvReader reader = new CsvReader(new StringReader("\uFEFFphone;name\n0754000111;\"Mwajuma, Asha\"\n"));
        assertThat(reader.readHeader()).containsExactly("phone", "name");
        assertThat(reader.getSeparator()).isEqualTo(';');
        assertThat(reader.readRecord().cells()).containsExactly("0754000111", "Mwajuma, Asha");
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() throws Exception {
        CsvReader reader = new CsvReader(new StringReader("phone,message\n0754000111,\"never closed\n"));
        reader.readHeader();
        assertThatThrownBy(reader::readRecord).hasMessageContaining("line 2");
    }

    @Test
    void writesLinesQuotingOnlyWhatNeedsIt() {
        assertThat(CsvReader.line(',', 3, "+255754000111", "a,b", "say \"x\"", null))
                .isEqualTo("3,+255754000111,\"a,b\",\"say \"\"x\"\"\",\n");
        assertThat(List.of(CsvReader.line(';', "a,b"))).containsExactly("a,b\n");
    }
}
