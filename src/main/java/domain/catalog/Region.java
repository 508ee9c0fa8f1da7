package domain.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a product is delivered: the whole country ({@code kr}), a province or metropolitan city ({@code busan}),
 * or one of Seoul's 25 districts ({@code seoul.gangnam}). docs/catalog.md lists them. Regions nest: Seoul is in
 * the country, Gangnam in Seoul.
 */
public record Region(String code) {
    public static final String COUNTRY = "kr";

    /** Every region, larger ones before the ones inside them, with its Korean name. */
    public static final Map<String, String> ALL = regions(
            COUNTRY, "전국",
            "seoul", "서울특별시", "busan", "부산광역시", "daegu", "대구광역시", "incheon", "인천광역시", "gwangju", "광주광역시",
            "daejeon", "대전광역시", "ulsan", "울산광역시", "sejong", "세종특별자치시", "gyeonggi", "경기도",
            "gangwon", "강원특별자치도", "chungbuk", "충청북도", "chungnam", "충청남도", "jeonbuk", "전북특별자치도",
            "jeonnam", "전라남도", "gyeongbuk", "경상북도", "gyeongnam", "경상남도", "jeju", "제주특별자치도",
            "seoul.jongno", "종로구", "seoul.jung", "중구", "seoul.yongsan", "용산구", "seoul.seongdong", "성동구",
            "seoul.gwangjin", "광진구", "seoul.dongdaemun", "동대문구", "seoul.jungnang", "중랑구", "seoul.seongbuk", "성북구",
            "seoul.gangbuk", "강북구", "seoul.dobong", "도봉구", "seoul.nowon", "노원구", "seoul.eunpyeong", "은평구",
            "seoul.seodaemun", "서대문구", "seoul.mapo", "마포구", "seoul.yangcheon", "양천구", "seoul.gangseo", "강서구",
            "seoul.guro", "구로구", "seoul.geumcheon", "금천구", "seoul.yeongdeungpo", "영등포구", "seoul.dongjak", "동작구",
            "seoul.gwanak", "관악구", "seoul.seocho", "서초구", "seoul.gangnam", "강남구", "seoul.songpa", "송파구",
            "seoul.gangdong", "강동구");
    /** Declared after {@link #ALL}, which its constructor checks. */
    public static final Region NATIONWIDE = new Region(COUNTRY);

    public Region {
        if (code == null || !ALL.containsKey(code)) throw new IllegalArgumentException("not a region: " + code);
    }

    public static boolean exists(String code) {
        return code != null && ALL.containsKey(code);
    }

    public String name() {
        return ALL.get(code);
    }

    /** This region and every region it lies in, the largest first ({@code kr, seoul, seoul.gangnam}). */
    public List<String> selfAndLarger() {
        List<String> codes = new ArrayList<>();
        if (!code.equals(COUNTRY)) codes.add(COUNTRY);
        codes.addAll(Category.TreeCodes.selfAndAncestors(code));
        return List.copyOf(codes);
    }

    /** The regions this one lies in, not itself. */
    public List<String> larger() {
        List<String> codes = selfAndLarger();
        return codes.subList(0, codes.size() - 1);
    }

    /** One region lies in the other: a product delivered here serves somebody there, or the other way round. */
    public boolean overlaps(Region other) {
        return isWithin(other) || other.isWithin(this);
    }

    public boolean isWithin(Region other) {
        return other.code.equals(COUNTRY) || Category.TreeCodes.isWithin(code, other.code);
    }

    private static Map<String, String> regions(String... codesAndNames) {
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) all.put(codesAndNames[i], codesAndNames[i + 1]);
        return Collections.unmodifiableMap(all);
    }
}
