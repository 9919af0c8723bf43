package cn.shixian.importer;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the catalog file itself does not say.
 *
 * @param region          the GB/T 2260 code (行政区划代码) of the catalog's region, e.g. 654002; prefixes every itemId
 * @param source          the events' CloudEvents {@code source}
 * @param changedAt       when the catalog's information was formed or changed (信息形成或变更之日); null for now
 * @param responsibleBody 公开主体 for rows that name none even after filling down; null for
 *                        {@link #defaultResponsibleBody}
 */
public record ImportSettings(String region, URI source, OffsetDateTime changedAt, String responsibleBody) {

    public static final URI DEFAULT_SOURCE = URI.create("urn:shixian:catalog-importer");
    private static final Pattern REGION = Pattern.compile("[1-8][0-9]{5}");

    public ImportSettings {
        Objects.requireNonNull(region, "region");
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region '" + region
                    + "' is not a 6-digit GB/T 2260 code (行政区划代码), e.g. 654002 伊宁市 or 650500 哈密市");
        }
        source = source == null ? DEFAULT_SOURCE : source;
        responsibleBody = responsibleBody == null || responsibleBody.isBlank() ? null : responsibleBody.strip();
    }

    public static ImportSettings of(String region) {
        return new ImportSettings(region, null, null, null);
    }

    /**
     * The 公开主体 of a row without one: the one given, else the region's 政务公开办 (the office in
     * charge of government disclosure that every region has), e.g. 政务公开办（654002）, so that its
     * alerts reach someone who can find the right body.
     */
    public String defaultResponsibleBody() {
        return responsibleBody != null ? responsibleBody : "政务公开办（" + region + "）";
    }
}
