package org.cnnexplorer.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.core.NetworkAnalyzer;
import org.cnnexplorer.core.NetworkReport;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports for people (text table, Markdown) follow the language; CSV headers are data and stay English. */
class ReportKoreanTest {

    private NetworkReport lenet;

    @BeforeEach
    void korean() throws ModelFileException {
        lenet = NetworkAnalyzer.analyze(ModelCatalog.load("lenet5"));
        Messages.setLanguage(Language.KOREAN);
    }

    @AfterEach
    void english() {
        Messages.setLanguage(Language.ENGLISH);
    }

    @Test
    void markdownHeaderAndTotalsAreKorean() {
        String markdown = ReportFormats.markdown(lenet);

        assertTrue(markdown.contains("| 층 | 유형 | 입력 | 출력 | 커널/스트라이드/패딩 | 파라미터 | MACs | 활성화 값 "
                + "| 수용 영역 크기 | 수용 영역 간격 |"), markdown);
        assertTrue(markdown.contains("| 전체 파라미터 | 61,706 |"), markdown);
        assertTrue(markdown.contains("| 학습 메모리 (배치 1, float32, sgd) |"), markdown);
    }

    @Test
    void csvHeaderStaysEnglishForScripts() {
        assertEquals("layer,type,input,output,kernel/stride/pad,params,MACs,activations,RF size,RF jump",
                ReportFormats.csv(lenet).lines().findFirst().orElseThrow());
    }
}
