package org.cnnexplorer.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cnnexplorer.i18n.Language;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.io.model.ModelCatalog;
import org.cnnexplorer.io.model.ModelFileException;
import org.cnnexplorer.lessons.Lessons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Lessons window's state across a switch of language. */
class LessonsViewModelTest {

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.ENGLISH);
    }

    private static LessonsViewModel bottleneck() throws ModelFileException {
        LessonsViewModel vm = new LessonsViewModel(Lessons.all(ModelCatalog.load("vgg16")));
        vm.select("bottleneck");
        return vm;
    }

    @Test
    void aSwitchOfLanguageMakesThePointsAgainWithTheUsersNumbers() throws ModelFileException {
        LessonsViewModel vm = bottleneck();
        assertTrue(vm.set("in", 256));
        assertTrue(vm.outcomeProperty().get().points().get(0).startsWith("Directly: 32*32 positions * 32 filters"
                + " * 256 channels"), vm.outcomeProperty().get().points().get(0));
        Messages.setLanguage(Language.KOREAN);
        vm.textsChanged();
        String first = vm.outcomeProperty().get().points().get(0);
        assertTrue(first.startsWith("바로 적용: 위치 32*32개 * 필터 32개 * 채널 256개"), first);
        assertEquals("bottleneck", vm.selectedId());
        assertEquals("1x1 병목 구조", vm.selectedProperty().get().title());
    }

    @Test
    void aSwitchOfLanguageDropsTheMessageOfARefusedNumber() throws ModelFileException {
        LessonsViewModel vm = bottleneck();
        assertFalse(vm.set("kernel", 4));
        assertFalse(vm.messageProperty().get().isEmpty());
        Messages.setLanguage(Language.KOREAN);
        vm.textsChanged();
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void theDetectionEntryIsTitledInTheCurrentLanguage() throws ModelFileException {
        LessonsViewModel vm = bottleneck();
        vm.select("detection");
        assertEquals("Detection: IoU, non-maximum suppression, average precision", vm.selectedProperty().get()
                .title());
        Messages.setLanguage(Language.KOREAN);
        vm.textsChanged();
        assertEquals("객체 검출: IoU, 비최대 억제, 평균 정밀도", vm.selectedProperty().get().title());
    }
}
