package io.envoys.ingestion.speaker;

import java.util.Set;

/**
 * A last-resort guess of a person's country from the shape of their name, used only when the article gives no title
 * with a nationality: a Korean family name followed by a hyphenated given name ("Kim Hong-kyun") is Korean; a Chinese
 * family name followed by one pinyin given name ("Liu Xiaoming") is Chinese; a family name ending in -ov/-ev/-in is
 * Russian.
 */
final class NameShapes {

    private static final Set<String> KOREAN_FAMILY = Set.of(
            "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Yun", "Jang", "Lim", "Han", "Oh",
            "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Ryu", "Hong", "Noh", "Moon", "Yang", "Ko", "Bae", "Baek",
            "Nam", "Chun", "Ban", "Yoo", "Roh", "Suh", "Jeong", "Min", "Wi", "Cheong", "Byun", "Heo", "Im", "Jeon");
    private static final Set<String> CHINESE_FAMILY = Set.of(
            "Liu", "Zhao", "Wang", "Li", "Zhang", "Chen", "Wu", "Xi", "Guo", "Huang", "Zhou", "Sun", "Ma", "Hu",
            "Lin", "Gao", "Kong", "Wei", "Xu", "Qin", "Yang", "Luo", "Deng", "Dong", "Fu", "Geng", "Hua", "Mao");

    private NameShapes() {
    }

    /** The ISO code the name's shape suggests, or null. */
    static String country(String written) {
        String[] t = written.split("\\s+");
        if (t.length == 2 && KOREAN_FAMILY.contains(t[0]) && t[1].contains("-")) {
            return "KR";
        }
        if (t.length == 2 && CHINESE_FAMILY.contains(t[0]) && !t[1].contains("-") && t[1].length() >= 4) {
            return "CN";
        }
        String last = t[t.length - 1];
        if (last.matches(".*(?:ov|ev|in|ova|eva|sky|skiy)")) {
            return "RU";
        }
        return null;
    }
}
