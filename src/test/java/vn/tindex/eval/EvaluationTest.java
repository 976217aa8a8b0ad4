package vn.tindex.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.tindex.codec.RecordJson;

class EvaluationTest {
    private static JsonNode json(String s) throws Exception {
        return RecordJson.mapper().readTree(s.replace('\'', '"'));
    }

    @Test
    void scoresEachKindByItsKeyAcrossToneConventions() throws Exception {
        JsonNode gold = json("{'dates':[{'value':'2020-10-15'},{'value':'2020'},{'value':null}],"
                + "'officials':[{'name':'Nguyễn Văn Hòa','title':'Phó Chủ tịch'}],"
                + "'agencies':[{'name':'Ủy ban nhân dân tỉnh Lạng Sơn'},{'name':'Sở Y tế tỉnh Lạng Sơn'}],"
                + "'taskCounts':[{'count':187,'of':187},{'count':6,'of':null}],"
                + "'directives':[{'verb':'đề nghị','speaker':'Nguyễn Văn Hòa','addressee':'Sở Y tế tỉnh Lạng Sơn'}],"
                + "'events':[]}");
        JsonNode system = json("{'dates':[{'value':'2020-10-15'},{'value':'2020-10-15'},{'value':'2021'}],"
                + "'officials':[{'name':'Nguyễn Văn Hoà','title':'Chủ tịch'}],"
                + "'agencies':[{'name':'Uỷ ban nhân dân tỉnh Lạng Sơn'}],"
                + "'taskCounts':[{'count':187,'of':187},{'count':6,'of':null},{'count':5,'of':null}],"
                + "'directives':[{'verb':'đề nghị','speaker':'Nguyễn Văn Hòa','addressee':null}],"
                + "'events':[{'type':'họp','date':'2020-10-15'}]}");
        Evaluation e = new Evaluation();
        e.add("a", gold, system);
        Score dates = e.scores().get("dates");
        assertEquals(1, dates.truePositives, "a repeated value counts once, null values are not scored");
        assertEquals(1, dates.falsePositives);
        assertEquals(1, dates.falseNegatives);
        Score officials = e.scores().get("officials");
        assertEquals(1.0, officials.f1(), 1e-9);
        assertEquals(0.0, officials.attributeAccuracy(), 1e-9);
        assertEquals(0.5, e.scores().get("agencies").recall(), 1e-9);
        assertEquals(1.0, e.scores().get("agencies").precision(), 1e-9);
        assertEquals(2.0 / 3, e.scores().get("taskCounts").precision(), 1e-9);
        assertEquals(1.0, e.scores().get("directives").f1(), 1e-9);
        assertEquals(0.0, e.scores().get("directives").attributeAccuracy(), 1e-9);
        assertEquals(0.0, e.scores().get("events").precision(), 1e-9);
        assertTrue(e.table(1).strip().endsWith("macro-F1 " + String.format("%.3f", e.macroF1())));
        assertTrue(e.errors().stream().anyMatch(l -> l.contains("missed") && l.contains("sở y tế")), e.errors().toString());
    }
}
