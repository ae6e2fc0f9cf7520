package org.cnnexplorer.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Problems and spec refusals keep their key and arguments, so they read in the language of the moment. */
class MessageTest {

    private static final String POOL_ENGLISH = "input 3x2x2 is smaller than the 3x3 window (stride 2) -> output 0x0";
    private static final String POOL_KOREAN = "입력 3x2x2이(가) 3x3 창(스트라이드 2)보다 작습니다 -> 출력 0x0";

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.ENGLISH);
    }

    private static NetworkReport poolOnATooSmallInput() {
        return Fixtures.analyze(Shape.of(3, 2, 2), NodeSpec.of("pool", PoolSpec.max(3, 2, 0, false)));
    }

    @Test
    void aProblemFoundInKoreanReadsInKoreanAndInEnglishAfterTheSwitch() {
        Messages.setLanguage(Language.KOREAN);
        NetworkReport report = poolOnATooSmallInput();
        Problem problem = report.problems().get(0);
        assertEquals(POOL_KOREAN, problem.message());
        assertEquals("pool: " + POOL_KOREAN, problem.toString());
        assertEquals(POOL_KOREAN, Fixtures.layer(report, "pool").problem());
        Messages.setLanguage(Language.ENGLISH);
        assertEquals(POOL_ENGLISH, problem.message());
        assertEquals(POOL_ENGLISH, Fixtures.layer(report, "pool").problem());
    }

    @Test
    void aProblemKeepsItsKeyAndArguments() {
        Problem problem = poolOnATooSmallInput().problems().get(0);
        assertEquals(new Message("problem.pool.tooSmall", List.of(Shape.of(3, 2, 2), "", "3x3", new Size2d(2, 2), "",
                "0x0")), problem.reason());
    }

    @Test
    void aShapeExceptionRendersInTheCurrentLanguage() {
        ShapeException e = Fixtures.shapeProblem(PoolSpec.max(3, 2, 0, false), Fixtures.in(3, 2, 2));
        assertEquals(POOL_ENGLISH, e.getMessage());
        Messages.setLanguage(Language.KOREAN);
        assertEquals(POOL_KOREAN, e.getMessage());
    }

    @Test
    void anOptionalPieceReadsInTheSameLanguageAsItsSentence() {
        ShapeException e = Fixtures.shapeProblem(Conv2dSpec.of(8, 5, 1, 1, true), Fixtures.in(3, 2, 2));
        assertEquals("input 3x2x2 with padding 1 is smaller than the 5x5 kernel (stride 1) -> output 0x0",
                e.getMessage());
        Messages.setLanguage(Language.KOREAN);
        assertEquals("입력 3x2x2 (패딩 1)이(가) 5x5 커널(스트라이드 1)보다 작습니다 -> 출력 0x0", e.getMessage());
    }

    @Test
    void aRefusedSpecValueReadsInTheCurrentLanguage() {
        SpecException e = assertThrows(SpecException.class, () -> new DropoutSpec(1.0));
        assertEquals("dropout rate must be in [0, 1), got 1.0", e.getMessage());
        assertEquals("core.spec.dropout", e.reason().key());
        Messages.setLanguage(Language.KOREAN);
        assertEquals("드롭아웃 비율은 [0, 1) 범위여야 하지만 1.0입니다", e.getMessage());
    }

    @Test
    void theFigureOfAnOverflowReadsInTheSameLanguageAsItsSentence() {
        ShapeException e = assertThrows(ShapeException.class, () -> Counts.multiply("core.count.params", Long.MAX_VALUE, 2));
        assertEquals("parameters exceed 9.2e18 (2^63 - 1), the largest count this analysis can hold", e.getMessage());
        Messages.setLanguage(Language.KOREAN);
        assertEquals("파라미터이(가) 이 분석이 담을 수 있는 최대 개수 9.2e18(2^63 - 1)를 넘습니다", e.getMessage());
    }

    @Test
    void aFormulaNamesItsWordSymbolsInTheCurrentLanguageAndKeepsItsNotation() {
        Formula memory = Formula.of("activation memory", "batch*C_out*H_out*W_out*bytes", "1*64*112*112*4", 3_211_264);
        assertEquals("activation memory = batch*C_out*H_out*W_out*bytes = 1*64*112*112*4 = 3,211,264", memory.text());
        Messages.setLanguage(Language.KOREAN);
        assertEquals("활성화 메모리 = 배치*C_out*H_out*W_out*바이트 = 1*64*112*112*4 = 3,211,264", memory.text());
        assertEquals("파라미터*바이트 + 학습 가능*바이트", Formula.words("params*bytes + trainable*bytes"));
    }
}
