package dev.krait.core.syntax;

import static dev.krait.core.syntax.TokenKind.*;

import dev.krait.core.ast.Arg;
import dev.krait.core.ast.Arguments;
import dev.krait.core.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameter lists of {@code def} and {@code lambda}, with CPython's
 * {@code invalid_parameters} and {@code invalid_lambda_parameters} messages.
 */
abstract class ParameterParser extends DisplayParser {

  ParameterParser(Token[] tokens, String filename, LineMap lines, SyntaxError lexError,
      boolean errorPass) {
    super(tokens, filename, lines, lexError, errorPass);
  }

  // parameters:
  //     | slash_no_default param_no_default* param_with_default* [star_etc]
  //     | slash_with_default param_with_default* [star_etc]
  //     | param_no_default+ param_with_default* [star_etc]
  //     | param_with_default+ [star_etc]
  //     | star_etc
  // star_etc:
  //     | '*' param_no_default param_maybe_default* [kwds]
  //     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
  //     | '*' ',' param_maybe_default+ [kwds]
  //     | kwds
  // kwds: '**' param_no_default
  // (lambda_parameters: the same with lambda_param, no annotations, ending at ':')
  @Override
  final Arguments parameters(boolean lambda) {
    TokenKind close = lambda ? COLON : RPAR;
    ArrayList<Arg> posonly = null;
    ArrayList<Arg> args = new ArrayList<>(4);
    ArrayList<Expr> defaults = new ArrayList<>(0);
    ArrayList<Arg> kwonly = null;
    ArrayList<Expr> kwDefaults = null;
    Arg vararg = null;
    Arg kwarg = null;
    boolean star = false;
    while (!at(close)) {
      switch (kind()) {
        case SLASH -> {
          if (posonly != null) {
            throw invalid(errorAtToken(pos, "/ may appear only once"));
          }
          if (star) {
            throw invalid(errorAtToken(pos, "/ must be ahead of *"));
          }
          if (args.isEmpty()) {
            if (errorPass && peek(1) == COMMA) {
              throw errorAtToken(pos, "at least one argument must precede /");
            }
            throw fail();
          }
          posonly = args;
          args = new ArrayList<>(2);
          pos++;
          if (at(STAR)) {
            throw invalid(errorAtToken(pos, "expected comma between / and *"));
          }
        }
        case STAR -> {
          if (star) {
            throw invalid(errorAtToken(pos, "* argument may appear only once"));
          }
          star = true;
          kwonly = new ArrayList<>(2);
          kwDefaults = new ArrayList<>(2);
          int starIndex = pos;
          pos++;
          if (at(COMMA)) {
            if (peek(1) == close || peek(1) == DOUBLESTAR) {
              throw invalid(bareStarError(lambda, starIndex, pos + 1));
            }
          } else if (at(close)) {
            throw invalid(bareStarError(lambda, starIndex, pos));
          } else {
            vararg = param(lambda, !lambda);
            if (at(EQUAL)) {
              throw invalid(errorAtToken(pos, "var-positional argument cannot have default value"));
            }
          }
        }
        case DOUBLESTAR -> {
          pos++;
          kwarg = param(lambda, false);
          if (at(EQUAL)) {
            throw invalid(errorAtToken(pos, "var-keyword argument cannot have default value"));
          }
          if (accept(COMMA) && !at(close)) {
            TokenKind k = kind();
            if (k == NAME || k == STAR || k == DOUBLESTAR || k == SLASH) {
              throw invalid(errorAtToken(pos, "arguments cannot follow var-keyword argument"));
            }
          }
          return arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
        }
        case LPAR -> throw invalidOrNull(parenthesizedParameters(lambda));
        default -> {
          Arg arg = param(lambda, false);
          Expr value = null;
          if (at(EQUAL)) {
            int equals = pos;
            pos++;
            if (at(COMMA) || at(close)) {
              throw invalid(errorAtToken(equals, "expected default value expression"));
            }
            value = expression();
          }
          if (star) {
            kwonly.add(arg);
            kwDefaults.add(value);
          } else {
            if (value != null) {
              defaults.add(value);
            } else if (!defaults.isEmpty()) {
              throw invalid(errorAt(arg.start(), arg.end(),
                  "non-default argument follows default argument"));
            }
            args.add(arg);
          }
        }
      }
      if (!accept(COMMA)) {
        break;
      }
    }
    return arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
  }

  private SyntaxError bareStarError(boolean lambda, int starIndex, int lastIndex) {
    // The lambda form has no known location: CPython reports the last token it read.
    return errorAtToken(lambda ? lastIndex : starIndex, "named arguments must follow bare *");
  }

  /** CPython's "parameters cannot be parenthesized": {@code '(' NAME (',' NAME)* [','] ')'}. */
  private SyntaxError parenthesizedParameters(boolean lambda) {
    int i = pos + 1;
    while (kinds[i] == NAME) {
      i++;
      if (kinds[i] != COMMA) {
        break;
      }
      i++;
    }
    if (kinds[i] != RPAR || i == pos + 1) {
      return null;
    }
    return errorAt(tokens[pos].start(), tokens[i].end(), lambda
        ? "Lambda expression parameters cannot be parenthesized"
        : "Function parameters cannot be parenthesized");
  }

  private RuntimeException invalidOrNull(SyntaxError error) {
    return error == null ? fail() : invalid(error);
  }

  private static Arguments arguments(ArrayList<Arg> posonly, ArrayList<Arg> args, Arg vararg,
      ArrayList<Arg> kwonly, ArrayList<Expr> kwDefaults, Arg kwarg, ArrayList<Expr> defaults) {
    return new Arguments(
        posonly == null ? List.of() : frozen(posonly),
        frozen(args),
        vararg,
        kwonly == null ? List.of() : frozen(kwonly),
        kwDefaults == null ? List.of() : java.util.Collections.unmodifiableList(kwDefaults),
        kwarg,
        frozen(defaults));
  }

  // param: NAME annotation?     annotation: ':' expression
  // param_star_annotation: NAME star_annotation     star_annotation: ':' star_expression
  // lambda_param: NAME
  private Arg param(boolean lambda, boolean starAnnotation) {
    Token t = token();
    name();
    Expr annotation = null;
    if (!lambda && accept(COLON)) {
      annotation = starAnnotation ? starExpression() : expression();
    }
    return new Arg(t.text(), annotation, null, t.start(), prevEnd());
  }
}
