package io.cityservices.conventions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.cityservices.core.http.Operation;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The conventions every department module keeps, as tests. A module gets them all with one class:
 *
 * <pre>{@code
 * class LibraryConventionsTest extends DepartmentConventionsTest {
 *   LibraryConventionsTest() { super("io.cityservices.library"); }
 * }
 * }</pre>
 *
 * <p>and {@code io.cityservices:sdk-conventions} in test scope. Only the module's main classes are
 * checked, never its tests; the operations are compared with the module's bundled OpenAPI document on
 * the test classpath.
 */
public abstract class DepartmentConventionsTest {
  private static final String CORE = "io.cityservices.core";
  private static final String PAGE = "io.cityservices.core.pagination.Page";
  private static final String PAGED_ITERABLE = "io.cityservices.core.pagination.PagedIterable";
  /**
   * Names of String record components that hold personal data: identity, phone, plate, vehicle,
   * account and document numbers, people's names and home addresses. Bare {@code address} and
   * {@code phone} are left out: on stations, hospitals and companies they are public. The name must
   * end with the word, so {@code accountNumberPattern} (a format, not a number) is not personal.
   */
  private static final Pattern PERSONAL = Pattern.compile(
      "(?i).*(idNumber|identityNumber|phoneNumber|mobile|plate|vin|engineNo|engineNoSuffix|accountNumber|holderName|payerName"
          + "|patientName|citizenName|personName|documentNumber|passportNumber|cardNumber|holderAddress|homeAddress)");

  /** Points in time that need no {@code At}: the bounds of a slot or period, and a bare {@code at}. */
  private static final java.util.Set<String> INTERVAL_BOUNDS = java.util.Set.of("start", "end", "at");

  private final String rootPackage;
  private final JavaClasses classes;

  /**
   * @param rootPackage the module's root package, e.g. {@code io.cityservices.traffic}
   */
  protected DepartmentConventionsTest(String rootPackage) {
    this.rootPackage = Objects.requireNonNull(rootPackage, "rootPackage");
    this.classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(rootPackage);
    if (classes.stream().noneMatch(c -> c.getPackageName().equals(rootPackage))) {
      throw new IllegalStateException("no main classes found in " + rootPackage);
    }
  }

  @Test
  void everyBlockingOperationHasAnAsyncTwinWithTheSameParameters() {
    classes().that(areApis()).should(haveAsyncTwins()).check(classes);
  }

  @Test
  void listOperationsReturnPagesAndHaveAListAllWithTheSameParameters() {
    classes().that(areApis()).should(pageThroughListAndListAll()).check(classes);
  }

  @Test
  void publicModelsAreRecordsOrImmutable() {
    classes().that().resideInAPackage(rootPackage).and().arePublic()
        .and().areNotInterfaces().and().areNotEnums()
        .and().areNotAssignableTo(Throwable.class)
        .and().doNotHaveSimpleName("Builder")
        .should(beRecordsOrHaveOnlyFinalFields())
        .check(classes);
  }

  @Test
  void personalFieldsAreMaskedInToString() {
    classes().that().resideInAPackage(rootPackage + "..").and().arePublic()
        .should(maskPersonalComponentsInToString())
        .check(classes);
  }

  @Test
  void recordComponentsUseTheSharedVocabulary() {
    classes().that().resideInAPackage(rootPackage + "..").and().arePublic()
        .should(nameComponentsByTheVocabulary())
        .check(classes);
  }

  @Test
  void lifecycleEnumsAreStatusesNotStates() {
    classes().that().resideInAPackage(rootPackage + "..").and().areEnums()
        .should().haveSimpleNameNotEndingWith("State")
        .because("a lifecycle enum is a ...Status (one vocabulary across modules)")
        .check(classes);
  }

  @Test
  void dependsOnSdkCoreOnlyAndOnNoInternalPackageOfAnotherModule() {
    noClasses().that().resideInAPackage(rootPackage + "..")
        .should().dependOnClassesThat(otherCityServicesCode())
        .because("a department module depends on sdk-core only, never on another module")
        .check(classes);
    noClasses().that().resideInAPackage(rootPackage + "..")
        .should().dependOnClassesThat().resideInAPackage(CORE + "..internal..")
        .because("sdk-core's internal packages are not its API")
        .check(classes);
  }

  /**
   * The module's {@code Operation} declarations (static fields in its {@code internal} packages) and its
   * bundled OpenAPI document describe the same operations: each declaration's method and path template is
   * an operation of the document with the declaration's name as {@code operationId}, each operation of the
   * document is declared, and each declaration is used by an SDK method (read outside its class's static
   * initialiser). The document is the one named by the declarations' service ({@code traffic},
   * {@code social-insurance}).
   */
  @Test
  void everyOperationOfTheBundledDocumentHasAnSdkMethodAndViceVersa() {
    List<JavaField> fields = classes.stream()
        .filter(c -> c.getPackageName().startsWith(rootPackage + ".internal"))
        .flatMap(c -> c.getFields().stream())
        .filter(f -> f.getModifiers().contains(JavaModifier.STATIC) && f.getRawType().isEquivalentTo(Operation.class))
        .toList();
    assertThat(fields).as("Operation declarations in " + rootPackage + ".internal").isNotEmpty();
    List<String> problems = new ArrayList<>();
    Map<String, Operation> declared = new LinkedHashMap<>();
    for (JavaField field : fields) {
      Operation operation = operationIn(field);
      declared.put(field.getOwner().getSimpleName() + "." + field.getName(), operation);
      boolean used = field.getAccessesToSelf().stream()
          .anyMatch(a -> !(a.getOrigin().getOwner().equals(field.getOwner()) && a.getOrigin().getName().equals("<clinit>")));
      if (!used) {
        problems.add(field.getOwner().getSimpleName() + "." + field.getName() + " is declared but no SDK method uses it");
      }
    }
    Set<String> services = declared.values().stream().map(Operation::service).collect(Collectors.toSet());
    assertThat(services).as("the services of " + rootPackage + "'s operations").hasSize(1);
    ContractDocument document = ContractDocument.load(services.iterator().next());
    declared.forEach((where, op) -> {
      Optional<ContractDocument.DocumentedOperation> documented = document.operations().stream()
          .filter(d -> d.method().equals(op.method()) && d.pathTemplate().equals(op.pathTemplate())).findFirst();
      if (documented.isEmpty()) {
        problems.add(where + " (" + op.method() + " " + op.pathTemplate() + ") is not an operation of "
            + document.name() + ".yaml");
      } else if (!documented.get().operationId().equals(op.name())) {
        problems.add(where + " is named " + op.name() + " but " + document.name() + ".yaml's operationId is "
            + documented.get().operationId());
      }
    });
    for (ContractDocument.DocumentedOperation d : document.operations()) {
      boolean has = declared.values().stream()
          .anyMatch(op -> d.method().equals(op.method()) && d.pathTemplate().equals(op.pathTemplate()));
      if (!has) {
        problems.add(document.name() + ".yaml's " + d.operationId() + " (" + d.method() + " " + d.pathTemplate()
            + ") has no Operation declaration in " + rootPackage + ".internal");
      }
    }
    assertThat(problems).isEmpty();
  }

  private static Operation operationIn(JavaField field) {
    try {
      Field reflected = field.reflect();
      reflected.setAccessible(true);
      return (Operation) reflected.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field.getFullName(), e);
    }
  }

  private DescribedPredicate<JavaClass> areApis() {
    return DescribedPredicate.describe("are *Api interfaces of " + rootPackage,
        c -> c.isInterface() && c.getPackageName().equals(rootPackage) && c.getSimpleName().endsWith("Api"));
  }

  private DescribedPredicate<JavaClass> otherCityServicesCode() {
    return DescribedPredicate.describe("belong to another City Services module", c -> {
      String pkg = c.getPackageName();
      return pkg.startsWith("io.cityservices.")
          && !pkg.equals(CORE) && !pkg.startsWith(CORE + ".")
          && !pkg.equals(rootPackage) && !pkg.startsWith(rootPackage + ".");
    });
  }

  private static boolean isOperation(JavaMethod m) {
    return m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.STATIC)
        && !m.getModifiers().contains(JavaModifier.SYNTHETIC);
  }

  private static List<String> parameterNames(JavaMethod m) {
    return m.getRawParameterTypes().stream().map(JavaClass::getName).toList();
  }

  private static Optional<JavaMethod> find(JavaClass api, String name, List<String> parameters) {
    return api.getMethods().stream()
        .filter(m -> m.getName().equals(name) && parameterNames(m).equals(parameters))
        .findFirst();
  }

  private static ArchCondition<JavaClass> haveAsyncTwins() {
    return new ArchCondition<>("have an ...Async twin returning CompletableFuture for every blocking operation") {
      @Override
      public void check(JavaClass api, ConditionEvents events) {
        for (JavaMethod m : api.getMethods()) {
          boolean blocking = isOperation(m) && !m.getName().endsWith("Async") && !m.getName().startsWith("listAll")
              && !m.getRawReturnType().isAssignableTo(CompletableFuture.class);
          if (!blocking) {
            continue;
          }
          Optional<JavaMethod> twin = find(api, m.getName() + "Async", parameterNames(m));
          boolean ok = twin.isPresent() && twin.get().getRawReturnType().isEquivalentTo(CompletableFuture.class);
          events.add(new SimpleConditionEvent(api, ok,
              api.getSimpleName() + "." + m.getName() + parameterNames(m) + (ok ? " has" : " lacks")
                  + " an async twin " + m.getName() + "Async with the same parameters returning CompletableFuture"));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> pageThroughListAndListAll() {
    return new ArchCondition<>("return Page only from list... operations, each with a listAll... twin returning PagedIterable") {
      @Override
      public void check(JavaClass api, ConditionEvents events) {
        for (JavaMethod m : api.getMethods()) {
          if (!isOperation(m) || m.getName().endsWith("Async") || !m.getRawReturnType().getName().equals(PAGE)) {
            continue;
          }
          String where = api.getSimpleName() + "." + m.getName() + parameterNames(m);
          if (!m.getName().startsWith("list")) {
            events.add(SimpleConditionEvent.violated(api, where + " returns a Page but is not named list..."));
            continue;
          }
          String all = "listAll" + m.getName().substring("list".length());
          Optional<JavaMethod> twin = find(api, all, parameterNames(m));
          boolean ok = twin.isPresent() && twin.get().getRawReturnType().getName().equals(PAGED_ITERABLE)
              && sameTypeArgument(m, twin.get());
          events.add(new SimpleConditionEvent(api, ok, where + (ok ? " has " : " lacks ") + all
              + " with the same parameters returning PagedIterable of the same element type"));
        }
      }
    };
  }

  private static boolean sameTypeArgument(JavaMethod page, JavaMethod paged) {
    return firstTypeArgument(page.getReturnType()).equals(firstTypeArgument(paged.getReturnType()));
  }

  private static String firstTypeArgument(JavaType type) {
    String name = type.getName();
    int lt = name.indexOf('<');
    return lt < 0 ? name : name.substring(lt + 1, name.lastIndexOf('>'));
  }

  private static ArchCondition<JavaClass> beRecordsOrHaveOnlyFinalFields() {
    return new ArchCondition<>("be records or have only final fields") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (c.isRecord()) {
          return;
        }
        c.getFields().stream()
            .filter(f -> !f.getModifiers().contains(JavaModifier.FINAL))
            .forEach(f -> events.add(SimpleConditionEvent.violated(c,
                c.getSimpleName() + "." + f.getName() + " is not final: models are records or immutable")));
      }
    };
  }

  private static ArchCondition<JavaClass> maskPersonalComponentsInToString() {
    return new ArchCondition<>("mask personal String components in a toString() of their own") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (!c.isRecord()) {
          return;
        }
        List<String> personal = personalStringComponents(c.reflect());
        if (personal.isEmpty()) {
          return;
        }
        Optional<JavaMethod> toString = c.getMethods().stream()
            .filter(m -> m.getName().equals("toString") && m.getRawParameterTypes().isEmpty())
            .findFirst();
        boolean masks = toString.isPresent() && toString.get().getMethodCallsFromSelf().stream()
            .anyMatch(call -> call.getName().toLowerCase(java.util.Locale.ROOT).contains("mask"));
        events.add(new SimpleConditionEvent(c, masks, c.getSimpleName() + " holds personal " + personal
            + (masks ? " and masks it" : " but has no toString() that calls a mask... helper (core's Redactor)")));
      }
    };
  }

  private static ArchCondition<JavaClass> nameComponentsByTheVocabulary() {
    return new ArchCondition<>("name record components by the shared vocabulary: the own id is id(), "
        + "a lifecycle enum is status, an instant ends in At") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        RecordComponent[] components = c.isRecord() ? c.reflect().getRecordComponents() : null;
        if (components == null) {
          return;
        }
        for (RecordComponent rc : components) {
          vocabularyBreach(c.getSimpleName(), rc).ifPresent(why -> events.add(
              SimpleConditionEvent.violated(c, c.getSimpleName() + "." + rc.getName() + " " + why)));
        }
      }
    };
  }

  /**
   * Why a component's name breaks the vocabulary, if it does. {@code fooId} on a record whose name
   * ends in {@code Foo} is its own id (it should be {@code id}), unless the name ends in {@code ByFoo}
   * (an event naming who acted, e.g. {@code AppointmentCancelledByHospital.hospitalId}); any other
   * {@code ...Id} names another resource and is allowed. A point in time ends in {@code At}, except
   * {@code start} and {@code end}, the bounds of a slot or period, and a bare {@code at}.
   */
  static Optional<String> vocabularyBreach(String recordName, RecordComponent component) {
    String name = component.getName();
    Class<?> type = component.getType();
    if (name.equals("state") || (name.endsWith("State") && type.isEnum())) {
      return Optional.of("is a state: lifecycle enums are named status");
    }
    if (name.length() > 2 && name.endsWith("Id")) {
      String resource = name.substring(0, name.length() - 2);
      String capitalised = Character.toUpperCase(resource.charAt(0)) + resource.substring(1);
      if (recordName.endsWith(capitalised) && !recordName.endsWith("By" + capitalised)) {
        return Optional.of("is the record's own id: name it id");
      }
    }
    boolean instant = type == java.time.Instant.class || type == java.time.OffsetDateTime.class
        || type == java.time.ZonedDateTime.class;
    if (instant && !name.endsWith("At") && !INTERVAL_BOUNDS.contains(name)) {
      return Optional.of("is an instant: its name ends in At");
    }
    return Optional.empty();
  }

  private static List<String> personalStringComponents(Class<?> record) {
    RecordComponent[] components = record.getRecordComponents();
    if (components == null) {
      return List.of();
    }
    return java.util.Arrays.stream(components)
        .filter(rc -> rc.getType() == String.class && PERSONAL.matcher(rc.getName()).matches())
        .map(RecordComponent::getName)
        .toList();
  }
}
