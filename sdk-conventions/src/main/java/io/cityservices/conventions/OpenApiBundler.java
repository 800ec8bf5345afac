package io.cityservices.conventions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build step that turns a module's OpenAPI document, which takes its shared parts from
 * {@code core.yaml} by {@code $ref}, into one self-contained file: every component referenced in another
 * file is copied into this document's {@code components} (swagger-parser's resolution, the library the
 * contract tests' validator is built on) and the result is checked to refer to nothing outside itself.
 *
 * <p>Run by each department module's build (root POM profile {@code openapi-bundle}) as
 * {@code OpenApiBundler <source directory> <target directory>}: every {@code *.yaml} in the source
 * directory is written, bundled, under the same name into the target directory, which the build points
 * at {@code META-INF/cityservices/openapi/} in the module's jar.
 */
public final class OpenApiBundler {
  /** Where a module's jar carries its bundled document, on the classpath. */
  public static final String CLASSPATH_DIRECTORY = "META-INF/cityservices/openapi/";

  /** A {@code $ref} whose target lies in another file. */
  private static final Pattern EXTERNAL_REF = Pattern.compile("\\$ref\"?\\s*:\\s*\"?([^\"#\\s]+)#");

  private OpenApiBundler() {}

  /**
   * Bundles every document of a directory.
   *
   * @param args the source directory and the target directory
   * @throws IllegalArgumentException when not given two directories, or a document does not parse or
   *     still refers to another file once bundled
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: OpenApiBundler <source directory> <target directory>");
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    try (Stream<Path> files = Files.list(source)) {
      List<Path> documents = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
      Files.createDirectories(target);
      for (Path document : documents) {
        Files.writeString(target.resolve(document.getFileName()), bundle(document), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One document with every reference to another file resolved into its own components.
   *
   * @param document the document's path
   * @return the bundled document, as YAML
   * @throws IllegalArgumentException when the document does not parse, or the bundle still refers to
   *     another file or does not parse on its own
   */
  public static String bundle(Path document) {
    ParseOptions resolve = new ParseOptions();
    resolve.setResolve(true);
    OpenAPI api = parse(document.toAbsolutePath().toUri().toString(), null, resolve);
    String yaml;
    try {
      yaml = writer().writeValueAsString(api);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(document + " cannot be written as YAML", e);
    }
    Matcher external = EXTERNAL_REF.matcher(yaml);
    if (external.find()) {
      throw new IllegalArgumentException(document + " still refers to " + external.group(1) + " once bundled");
    }
    parse(null, yaml, new ParseOptions());
    return yaml;
  }

  private static OpenAPI parse(String location, String contents, ParseOptions options) {
    SwaggerParseResult result = location != null
        ? new OpenAPIV3Parser().readLocation(location, null, options)
        : new OpenAPIV3Parser().readContents(contents, null, options);
    String what = location != null ? location : "the bundle";
    if (result.getOpenAPI() == null || (result.getMessages() != null && !result.getMessages().isEmpty())) {
      throw new IllegalArgumentException(what + " is not a valid OpenAPI document: " + result.getMessages());
    }
    return result.getOpenAPI();
  }

  /** swagger-core's YAML mapping, keeping long descriptions on one line and multi-line ones as blocks. */
  private static com.fasterxml.jackson.databind.ObjectWriter writer() {
    ObjectMapper mapper = Yaml.mapper().copy();
    YAMLFactory factory = (YAMLFactory) mapper.getFactory();
    factory.disable(YAMLGenerator.Feature.SPLIT_LINES);
    factory.enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE);
    return mapper.writer();
  }
}
