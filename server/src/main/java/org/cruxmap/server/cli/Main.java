package org.cruxmap.server.cli;
public class Main { public static void main(String[] a) {} }
